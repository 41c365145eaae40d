/** Command-line arguments: a command, positional paths and --flags, with usage errors as values. */

export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Map<string, string | true>;
  /** Every value of a flag given more than once (`--exclude A --exclude B`), in order. */
  lists: Map<string, string[]>;
}

/** Flags that take a value (`--as-of 2026-03-01` or `--as-of=2026-03-01`). */
const VALUED = new Set(["as-of", "out", "png", "format", "index-path", "include", "exclude", "taxonomy", "explain"]);

export function parseArgs(argv: string[]): ParsedArgs | { error: string } {
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const set = (name: string, value: string | true): void => {
    flags.set(name, value);
    if (typeof value === "string") lists.set(name, [...(lists.get(name) ?? []), value]);
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) positional.push(rest);
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (eq !== -1) set(name, arg.slice(eq + 1));
      else if (VALUED.has(name)) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith("--")) return { error: `--${name} needs a value` };
        set(name, value);
        i++;
      } else set(name, true);
    } else if (arg.startsWith("-") && arg.length > 1) {
      if (arg === "-h") flags.set("help", true);
      else if (arg === "-v") flags.set("version", true);
      else return { error: `unknown option ${arg}` };
    } else positional.push(arg);
  }
  const command = positional.shift() ?? null;
  return { command, positional, flags, lists };
}

/** The flags a command accepts; anything else is a usage error. */
export function checkFlags(args: ParsedArgs, allowed: string[]): string | null {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name)) return `unknown option --${name}`;
  }
  return null;
}
