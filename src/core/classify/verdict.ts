/** What every classifier returns: a label, a one-line rationale, and the inputs with where they came from. */

export interface VerdictInput {
  name: string;
  value: string;
  source?: { path: string; line: number; heading?: string | null };
}

export interface Verdict {
  label: string;
  rationale: string;
  inputs: VerdictInput[];
  /** Further columns of a decision table's matching row. */
  outputs?: { name: string; value: string }[];
  /** What the user should fix; a verdict with problems is shown as a message. */
  problems?: string[];
}
