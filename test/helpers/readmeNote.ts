/** The note under "A note it reads" in README.md, and the episode each of its table rows is read as. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEpisodes } from "../../src/core/episodes/extractEpisodes";
import type { Candidate } from "../../src/core/episodes/types";
import { parseNote } from "../../src/core/parse/parseNote";
import { ROOT } from "./paths";

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## A note it reads"));
export const README_NOTE = /```markdown\n([\s\S]*?)```/.exec(section)![1];

/** The table row whose period is `period`, as its candidate (read from "Sector Rotation.md"). */
export function readmeRow(period: string): Candidate {
  const found = extractEpisodes(parseNote("Sector Rotation.md", README_NOTE), README_NOTE).candidates.find(
    (c) => c.kind === "table" && c.period === period,
  );
  if (!found) throw new Error(`no row ${period} in the README's note`);
  return found;
}

/** The episode note the README's 2022 row becomes, byte for byte. */
export const README_2022_NOTE = [
  "---",
  "rotation: Growth → Value",
  'period: "2022"',
  "start: 2022-01-01",
  "end: 2022-12-31",
  "trigger: Fed hiking cycle",
  "sell: [Unprofitable tech]",
  "buy: [Energy, financials]",
  "duration: Full year",
  "legs: [XLE +55%, QQQ -30%]",
  "status: ended",
  'source: "[[Sector Rotation#Historical rotations]]"',
  "---",
  "",
].join("\n");
