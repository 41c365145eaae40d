/** Hostile notes at two sizes, four times apart: parse time should grow about four times, never sixteen. */
import { parseNote } from "../src/core/parse/parseNote";
import { timeMs } from "./measure";

export interface HostileScaling {
  name: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/** Name, generator, and the smaller size (kept modest where one unit is large, so memory does not dominate). */
const GENERATORS: [string, (n: number) => string, number][] = [
  ["1,000-deep blockquotes holding a table (rows)", (n) => Array.from({ length: n }, (_, i) => `${">".repeat(1000)} | ${i} | b |`).join("\n"), 2000],
  ["rows of 1,000 cells (rows)", (n) => [`|${" h |".repeat(1000)}`, `|${"---|".repeat(1000)}`, ...Array.from({ length: n }, (_, i) => `|${` ${i} |`.repeat(1000)}`)].join("\n"), 200],
  ["unbalanced [[ and ]] (lines of 200 openers)", (n) => Array.from({ length: n }, () => `${"[[a ".repeat(200)} ]] ]] [x](`).join("\n"), 1000],
  ["unclosed backticks and comments (lines)", (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "``` `` ` %% <!--" : `| ${i} | \`x |`)).join("\n"), 10_000],
  ["HTML in every cell (rows)", (n) => ["| a | b |", "|---|---|", ...Array.from({ length: n }, () => "| <img src=x onerror=alert(1)> | <script>x</script>~$38M |")].join("\n"), 40_000],
];

export function hostileBench(): HostileScaling[] {
  return GENERATORS.map(([name, make, base]) => {
    const small = make(base);
    const large = make(base * 4);
    // Warm the code on the large input first, so the small one is not measured on colder code.
    timeMs(() => void parseNote("h.md", large), 1);
    const smallMs = timeMs(() => void parseNote("h.md", small), 9);
    const largeMs = timeMs(() => void parseNote("h.md", large), 9);
    return { name, smallMs, largeMs, ratio: largeMs / smallMs };
  });
}
