import { checkFlags, parseArgs } from "../../src/cli/args";

describe("command-line arguments", () => {
  it("splits the command, paths and flags", () => {
    const a = parseArgs(["index", "my vault", "--json", "--as-of", "2026-03-01"]);
    if ("error" in a) throw new Error(a.error);
    expect(a.command).toBe("index");
    expect(a.positional).toEqual(["my vault"]);
    expect(a.flags.get("json")).toBe(true);
    expect(a.flags.get("as-of")).toBe("2026-03-01");
  });

  it("accepts --flag=value", () => {
    const a = parseArgs(["index", "v", "--as-of=2026-03-01"]);
    expect("error" in a ? a.error : a.flags.get("as-of")).toBe("2026-03-01");
  });

  it("reports a valued flag without its value", () => {
    expect(parseArgs(["index", "v", "--as-of"])).toEqual({ error: "--as-of needs a value" });
  });

  it("rejects flags a command does not take", () => {
    const a = parseArgs(["parse", "x.md", "--wrtie"]);
    if ("error" in a) throw new Error(a.error);
    expect(checkFlags(a, ["json"])).toBe("unknown option --wrtie");
  });
});
