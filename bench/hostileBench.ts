/**
 * Hostile notes at two sizes, four times apart: the time to parse them and read all that the model
 * works out on first use (see readModel.ts) should grow about four times, never sixteen.
 */
import { parseNote } from "../src/core/parse/parseNote";
import { readModel } from "./readModel";
import { timeMs } from "./measure";

export interface HostileScaling {
  name: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/** Name, generator, and the smaller size (kept modest where one unit is large, so memory does not dominate). */
const GENERATORS: [string, (n: number) => string, number][] = [
  [
    "1,000-deep blockquotes holding a table (rows)",
    (n) => Array.from({ length: n }, (_, i) => `${">".repeat(1000)} | ${i} | b |`).join("\n"),
    2000,
  ],
  [
    "rows of 1,000 cells (rows)",
    (n) =>
      [`|${" h |".repeat(1000)}`, `|${"---|".repeat(1000)}`, ...Array.from({ length: n }, (_, i) => `|${` ${i} |`.repeat(1000)}`)].join(
        "\n",
      ),
    200,
  ],
  [
    "unbalanced [[ and ]] (lines of 200 openers)",
    (n) => Array.from({ length: n }, () => `${"[[a ".repeat(200)} ]] ]] [x](`).join("\n"),
    1000,
  ],
  [
    "unclosed backticks and comments (lines)",
    (n) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "``` `` ` %% <!--" : `| ${i} | \`x |`)).join("\n"),
    10_000,
  ],
  [
    "HTML in every cell (rows)",
    (n) =>
      ["| a | b |", "|---|---|", ...Array.from({ length: n }, () => "| <img src=x onerror=alert(1)> | <script>x</script>~$38M |")].join(
        "\n",
      ),
    40_000,
  ],
];

export function hostileBench(): HostileScaling[] {
  return GENERATORS.map(([name, make, base]) => {
    const small = make(base);
    const large = make(base * 4);
    // Warm the code on the large input first, so the small one is not measured on colder code.
    timeMs(() => readAll(large), 1);
    const smallMs = timeMs(() => readAll(small), 9);
    const largeMs = timeMs(() => readAll(large), 9);
    return { name, smallMs, largeMs, ratio: largeMs / smallMs };
  });
}

function readAll(text: string): void {
  if (readModel(parseNote("h.md", text)) < 0) throw new Error("unreachable");
}
