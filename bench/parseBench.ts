/** Parse throughput against markdown-it over the same synthetic vault, and the cost of very large notes. */
import MarkdownIt from "markdown-it";
import { parseNote } from "../src/core/parse/parseNote";
import { median, timeMs } from "./measure";
import { readModel } from "./readModel";
import type { SyntheticNote } from "./syntheticVault";

export interface ParseReport {
  notes: number;
  megabytes: number;
  oursMs: number;
  markdownItMs: number;
  ratio: number;
  /** Parse, then read every cell's text, links and figure and the note's links (work the model defers). */
  readAllMs: number;
  readAllRatio: number;
  bigNote: { megabytes: number; ms: number; msPerMb: number };
  bigTable: { rows: number; megabytes: number; ms: number; msPerMb: number };
  averageMsPerMb: number;
}

export function parseBench(vault: SyntheticNote[]): ParseReport {
  const md = new MarkdownIt();
  const bytes = vault.reduce((n, v) => n + v.text.length, 0);
  // Five runs each, alternating, so a pause of the machine falls on both sides rather than on one.
  const ours: number[] = [];
  const theirs: number[] = [];
  const readAll: number[] = [];
  const once = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const parseAll = (): void => vault.forEach((n) => void parseNote(n.path, n.text));
  const markdownItAll = (): void => vault.forEach((n) => void md.parse(n.text, {}));
  let sink = 0;
  const parseAndReadAll = (): void => vault.forEach((n) => void (sink += readModel(parseNote(n.path, n.text))));
  parseAll();
  markdownItAll();
  parseAndReadAll();
  for (let k = 0; k < 5; k++) {
    ours.push(once(parseAll));
    theirs.push(once(markdownItAll));
    readAll.push(once(parseAndReadAll));
  }
  if (sink < 0) throw new Error("unreachable");
  const oursMs = median(ours);
  const markdownItMs = median(theirs);
  const big = bigNote(vault, 5 * 1024 * 1024);
  const bigMs = timeMs(() => void parseNote("big.md", big), 3);
  const table = bigTable(100_000);
  const tableMs = timeMs(() => void parseNote("table.md", table), 3);
  const mb = (s: number): number => s / 1024 / 1024;
  return {
    notes: vault.length,
    megabytes: mb(bytes),
    oursMs,
    markdownItMs,
    ratio: markdownItMs / oursMs,
    readAllMs: median(readAll),
    readAllRatio: markdownItMs / median(readAll),
    bigNote: { megabytes: mb(big.length), ms: bigMs, msPerMb: bigMs / mb(big.length) },
    bigTable: { rows: 100_000, megabytes: mb(table.length), ms: tableMs, msPerMb: tableMs / mb(table.length) },
    averageMsPerMb: oursMs / mb(bytes),
  };
}

/** One note of about `size` characters, made of the vault's notes end to end (front matter stripped). */
function bigNote(vault: SyntheticNote[], size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const t = vault[i % vault.length].text.replace(/^---\n[\s\S]*?\n---\n/, "");
    parts.push(t);
    n += t.length;
  }
  return parts.join("\n");
}

function bigTable(rows: number): string {
  const lines = ["# Flows", "", "| Day | Flow | Notes |", "|---|--:|---|"];
  for (let i = 0; i < rows; i++) lines.push(`| ${i} | ~$${i % 97}M | [[Note ${i % 13}\\|n]] |`);
  return lines.join("\n");
}
