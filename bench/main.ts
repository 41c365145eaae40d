/** `npm run bench`: the performance report (markdown on stdout, --json for machines, --check to enforce the budgets). */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { browserBench, type BrowserReport } from "./chartBench";
import { indexBench, indexNoteBench, type IndexReport } from "./indexBench";
import { parseBench, type ParseReport } from "./parseBench";
import { hostileBench, type HostileScaling } from "./hostileBench";
import { syntheticVault } from "./syntheticVault";
import { REGEX_BUDGET_MS, regexBench, type RegexReport } from "./regexBench";

const ROOT = path.resolve(__dirname, "..");

interface Report {
  parse: ParseReport;
  hostile: HostileScaling[];
  index: IndexReport[];
  indexNote: { episodes: number; ms: number }[];
  browser: BrowserReport | string;
  mainJsKb: number;
  regex: RegexReport;
}

/** Budgets from the performance issue; --check fails the run when one is missed. */
const BUDGETS: { name: string; ok: (r: Report) => boolean | null }[] = [
  { name: "parse ≥ 10× markdown-it", ok: (r) => r.parse.ratio >= 10 },
  { name: "full index of 10,000 notes ≤ 1 s", ok: (r) => (r.index.find((x) => x.notes === 10_000)?.fullMs ?? Infinity) <= 1000 },
  {
    name: "50,000 notes ≤ 400 MB peak heap",
    ok: (r) => {
      const x = r.index.find((i) => i.notes === 50_000);
      return x ? x.heapMb <= 400 : null;
    },
  },
  {
    name: "one note's update ≤ 5 ms at 10,000 notes (re-read and episode list)",
    ok: (r) => {
      const x = r.index.find((i) => i.notes === 10_000);
      return x ? x.updateMs + x.listMs <= 5 : false;
    },
  },
  {
    name: "warm start ≤ 20% of cold (10,000 notes)",
    ok: (r) => {
      const x = r.index.find((i) => i.notes === 10_000);
      return x ? x.warmMs <= 0.2 * x.fullMs : false;
    },
  },
  {
    name: "no main-thread task over 50 ms while indexing in the browser",
    ok: (r) => (typeof r.browser === "string" ? null : r.browser.scan.longestTaskMs <= 50),
  },
  // ×4 the size gives about ×4 the time plus allocation noise; quadratic work would show ×16.
  { name: "hostile notes grow linearly (×4 size ≤ ×8 time)", ok: (r) => r.hostile.every((h) => h.ratio <= 8) },
  {
    name: "1,000-point chart ≤ 30 ms",
    ok: (r) => (typeof r.browser === "string" ? null : (r.browser.chartMs.find((c) => c.points === 1000)?.ms ?? Infinity) <= 30),
  },
  { name: "onload ≤ 5 ms", ok: (r) => (typeof r.browser === "string" ? null : r.browser.onloadMs <= 5) },
  { name: "main.js ≤ 400 KB", ok: (r) => r.mainJsKb <= 400 },
  { name: `every regex of src/core ≤ ${REGEX_BUDGET_MS} ms on adversarial 100 KB input`, ok: (r) => r.regex.slow.length === 0 },
];

/**
 * Hostile notes are timed in a process of their own: after the 50,000-note runs the heap is large and
 * garbage collection, not parsing, would decide their figures.
 */
function hostileInFreshProcess(): HostileScaling[] {
  const run = spawnSync(process.execPath, ["--expose-gc", __filename, "--hostile-only"], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(run.stdout) as HostileScaling[];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--hostile-only")) {
    process.stdout.write(JSON.stringify(hostileBench()));
    return 0;
  }
  const sizes = args.includes("--quick") ? [1000, 5000] : [1000, 10_000, 50_000];
  const vault = syntheticVault(10_000);
  const parse = parseBench(vault);
  const runs = sizes.map((n) => indexBench(n));
  const report: Report = {
    parse,
    // Last: its large inputs grow V8's heap, which would change how often the vault measures collect garbage.
    hostile: [],
    index: runs.map((r) => r.report),
    indexNote: indexNoteBench(runs[runs.length - 1].episodes, [100, 1000, 10_000]),
    browser: await browserBench(ROOT, [10, 100, 1000, 10_000], Object.fromEntries(vault.map((n) => [n.path, n.text]))),
    mainJsKb: statSync(path.join(ROOT, "main.js")).size / 1024,
    regex: regexBench(ROOT),
  };
  report.hostile = hostileInFreshProcess();
  const verdicts = BUDGETS.map((b) => ({ name: b.name, ok: b.ok(report) }));
  process.stdout.write(
    args.includes("--json") ? `${JSON.stringify({ ...report, budgets: verdicts }, null, 2)}\n` : markdown(report, verdicts),
  );
  const failed = verdicts.filter((v) => v.ok === false);
  return args.includes("--check") && failed.length > 0 ? 1 : 0;
}

const f = (n: number, d = 1): string => n.toFixed(d);

function markdown(r: Report, verdicts: { name: string; ok: boolean | null }[]): string {
  const p = r.parse;
  const lines = [
    "# Rotation Lens benchmark",
    "",
    `Synthetic vault: ${p.notes} notes, ${f(p.megabytes)} MB (${f((p.megabytes * 1024) / p.notes)} KB a note). Times are medians; ratios compare runs in this process.`,
    "",
    "| Measure | Result |",
    "|---|---|",
    `| Parse, ours | ${f(p.oursMs, 0)} ms (${f(p.notes / (p.oursMs / 1000), 0)} notes/s, ${f(p.megabytes / (p.oursMs / 1000))} MB/s) |`,
    `| Parse, markdown-it | ${f(p.markdownItMs, 0)} ms (${f(p.notes / (p.markdownItMs / 1000), 0)} notes/s, ${f(p.megabytes / (p.markdownItMs / 1000))} MB/s) |`,
    `| Ratio (markdown-it ÷ ours) | **${f(p.ratio)}×** |`,
    `| Parse, then read every cell (text, links, figure) and link | ${f(p.readAllMs, 0)} ms (markdown-it ÷ this: ${f(p.readAllRatio)}×) |`,
    `| One ${f(p.bigNote.megabytes)} MB note | ${f(p.bigNote.ms, 0)} ms (${f(p.bigNote.msPerMb)} ms/MB; vault average ${f(p.averageMsPerMb)} ms/MB) |`,
    `| A table of ${p.bigTable.rows.toLocaleString("en")} rows (${f(p.bigTable.megabytes)} MB) | ${f(p.bigTable.ms, 0)} ms (${f(p.bigTable.msPerMb)} ms/MB) |`,
    ...r.index.map(
      (x) =>
        `| Full index, ${x.notes.toLocaleString("en")} notes | ${f(x.fullMs, 0)} ms, heap +${f(x.heapMb, 0)} MB, ${x.episodes} episodes |`,
    ),
    ...r.index.map(
      (x) =>
        `| Warm start from the note cache, ${x.notes.toLocaleString("en")} notes | ${f(x.warmMs, 0)} ms (${f((100 * x.warmMs) / x.fullMs, 0)}% of cold) |`,
    ),
    ...r.index.map(
      (x) =>
        `| One note's update, ${x.notes.toLocaleString("en")} notes | ${f(x.updateMs, 2)} ms, then the episode list (${x.episodes} episodes) ${f(x.listMs, 2)} ms |`,
    ),
    `| Update ratio (largest ÷ smallest vault) | ${f(r.index[r.index.length - 1].updateMs / r.index[0].updateMs, 2)} |`,
    ...r.indexNote.map((x) => `| Index note text, ${x.episodes.toLocaleString("en")} episodes | ${f(x.ms, 1)} ms |`),
    ...(typeof r.browser === "string"
      ? [`| Chromium measures | ${r.browser} |`]
      : [
          ...r.browser.chartMs.map((c) => `| Chart render, ${c.points.toLocaleString("en")} points | ${f(c.ms, 1)} ms |`),
          `| Classifier block (breadth) | ${f(r.browser.classifierMs, 2)} ms |`,
          `| Plugin onload (fake app, Chromium; median of 5 pages) | ${f(r.browser.onloadMs, 2)} ms |`,
          `| First scan in Chromium, ${r.browser.scan.notes.toLocaleString("en")} notes | ${f(r.browser.scan.ms, 0)} ms, ${r.browser.scan.longestTaskMs === 0 ? "no main-thread task over 50 ms (the longest the browser reports)" : `longest main-thread task ${f(r.browser.scan.longestTaskMs, 0)} ms`} |`,
        ]),
    `| main.js | ${f(r.mainJsKb)} KB |`,
    `| Adversarial regex run: ${r.regex.regexes} regexes of src/core, ${r.regex.inputs} inputs of up to 100 KB | slowest ${f(r.regex.worstMs, 2)} ms (${r.regex.worstAt})${r.regex.slow.length ? `; over budget: ${r.regex.slow.join(", ")}` : ""} |`,
    "",
    "| Hostile note (size ×4) | Small | Large | Growth |",
    "|---|---|---|---|",
    ...r.hostile.map((h) => `| ${h.name} | ${f(h.smallMs, 1)} ms | ${f(h.largeMs, 1)} ms | ${f(h.ratio, 1)}× |`),
    "",
    "| Budget | Status |",
    "|---|---|",
    ...verdicts.map((v) => `| ${v.name} | ${v.ok === null ? "not measured" : v.ok ? "met" : "**missed**"} |`),
    "",
  ];
  return lines.join("\n");
}

void main().then((code) => {
  process.exitCode = code;
});
