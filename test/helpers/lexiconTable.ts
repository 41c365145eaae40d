/** The lexicon as the README's markdown table: one row per market group, its kind, its groups and the words and tickers that name it. */
import { LEXICON } from "../../src/core/lexicon/lexicon";

export function lexiconTable(): string {
  const rows = LEXICON.map((e) => `| ${e.name} | ${e.kind} | ${e.groups.join(", ")} | ${e.terms.join(", ").replace(/\|/g, "\\|")} |`);
  return ["| Group | Kind | Counts as | Written as |", "|---|---|---|---|", ...rows].join("\n");
}
