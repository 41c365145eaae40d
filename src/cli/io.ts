/** The CLI's contact with the outside: output streams and exit codes, injectable so tests can run commands in-process. */

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only there). */
  errIsTTY: boolean;
  /** The terminal's width when stdout is one; tables are cut to fit it (--json has the full text). */
  columns?: number;
  /** Today as YYYY-MM-DD, for commands given no --as-of. */
  today: string;
}

/** Exit codes, as documented in --help. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {}
