/** Deterministic synthetic research vaults for the benchmark: seed-style notes of about 5 KB, heavy on tables. */

/** A small seeded generator (mulberry32), so every run measures the same text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  "Energy",
  "Financials",
  "Industrials",
  "Utilities",
  "Staples",
  "Healthcare",
  "Materials",
  "Small caps",
  "Software",
  "Semis",
  "Mag 7",
  "Treasuries",
];
const TICKERS = ["XLE", "XLF", "XLI", "XLU", "XLP", "XLV", "XLB", "IWM", "IGV", "SMH", "QQQ", "TLT"];
const ROTATIONS = ["Growth → Value", "Value → Growth", "Large → Small", "Cyclical → Defensive", "Defensive → Cyclical", "Risk-off"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface SyntheticNote {
  path: string;
  text: string;
}

export function syntheticVault(count: number, seed = 7): SyntheticNote[] {
  const rnd = seeded(seed);
  const notes: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) notes.push(i % 10 === 0 ? episodeNote(i, rnd) : researchNote(i, rnd));
  return notes;
}

/** A rotation between two sectors: many distinct rotations, as a vault that tracks years of them has. */
function rotationName(rnd: () => number): string {
  const a = pick(rnd, SECTORS);
  let b = pick(rnd, SECTORS);
  if (b === a) b = SECTORS[(SECTORS.indexOf(a) + 1) % SECTORS.length];
  return `${a} → ${b}`;
}

const pick = <T>(rnd: () => number, list: T[]): T => list[Math.floor(rnd() * list.length)];
const pct = (rnd: () => number): string => `${rnd() < 0.4 ? "-" : "+"}${(rnd() * 30).toFixed(2)}%`;

function episodeNote(i: number, rnd: () => number): SyntheticNote {
  const year = 1990 + (i % 36);
  const text = [
    "---",
    `rotation: ${rotationName(rnd)}`,
    `start: ${year}-${String(1 + (i % 12)).padStart(2, "0")}-01`,
    `duration: ${1 + (i % 18)} months`,
    `sell: [${pick(rnd, TICKERS)}, "[[${pick(rnd, SECTORS)}]]"]`,
    `buy: [${pick(rnd, TICKERS)}, ${pick(rnd, TICKERS)}]`,
    `legs: ["${pick(rnd, TICKERS)} ${pct(rnd)}", "${pick(rnd, TICKERS)} ${pct(rnd)}"]`,
    "status: ended",
    "tags: [rotation]",
    "---",
    "",
    `# Rotation episode ${i}`,
    "",
    body(i, rnd),
  ].join("\n");
  return { path: `Episodes/${year}/Episode ${i}.md`, text };
}

function researchNote(i: number, rnd: () => number): SyntheticNote {
  const text = [
    `#markets #research/${pick(rnd, SECTORS).toLowerCase().replace(/ /g, "-")}`,
    "",
    `# Sector note ${i}`,
    "",
    body(i, rnd),
  ].join("\n");
  return { path: `Research/${String(i % 100).padStart(2, "0")}/Sector note ${i}.md`, text };
}

function body(i: number, rnd: () => number): string {
  const out: string[] = [];
  out.push(
    `Capital moved between [[${pick(rnd, SECTORS)}]] and [[${pick(rnd, SECTORS)}|the other side]] as rates shifted. See [[Sector Rotation#Historical rotations]].`,
    "",
  );
  // As in real vaults, a few notes keep an episode table; most hold flows, returns and metrics.
  if (i % 50 === 0) {
    out.push(
      "## Historical rotations",
      "",
      "| Period | Rotation | Trigger | Sell side | Buy side | Duration |",
      "|---|---|---|---|---|---|",
    );
    for (let r = 0; r < 6; r++) {
      const y = 1970 + ((i + r * 7) % 56);
      out.push(
        `| **${y}** | ${r % 2 ? pick(rnd, ROTATIONS) : rotationName(rnd)} | [[Catalyst ${r}\\|Rate shock]] | ${pick(rnd, SECTORS)} (${pick(rnd, TICKERS)} ${pct(rnd)}) | ${pick(rnd, SECTORS)}, ${pick(rnd, SECTORS)} | ${1 + r * 3} months |`,
      );
    }
  } else {
    out.push("## Positioning", "", "| Metric | Value | Change |", "|---|---|---|");
    for (let r = 0; r < 6; r++) out.push(`| ${pick(rnd, SECTORS)} weight | ${(rnd() * 30).toFixed(1)}% | ${pct(rnd)} |`);
  }
  out.push(
    "",
    `### ${1970 + (i % 56)}: Shock`,
    "",
    "![[chart.png]]",
    `*${pick(rnd, TICKERS)} ${pct(rnd)}, ${pick(rnd, TICKERS)} ${pct(rnd)} — ~${Math.round(rnd() * 80)}pp divergence.*`,
    "",
  );
  out.push("## Monthly flows", "", "| Month | Flow | Notes |", "|---|---|---|");
  for (const m of MONTHS) out.push(`| ${m} | ~$${Math.round(rnd() * 40)}M | ${rnd() < 0.3 ? "Post-record pivot" : ""} |`);
  out.push("", "## Returns", "", "| Stock | 2021 | 2022 | 2023 | 2024 | 2025 |", "|:--|--:|--:|--:|--:|--:|");
  for (let r = 0; r < 8; r++)
    out.push(`| [[${pick(rnd, TICKERS)}]] | ${pct(rnd)} | ${pct(rnd)} | **${pct(rnd)}** | ${pct(rnd)} | ${pct(rnd)} |`);
  out.push("", "## Notes", "");
  for (let p = 0; p < 10; p++) {
    out.push(
      `${pick(rnd, SECTORS)} outperformed ${pick(rnd, SECTORS)} by ${Math.round(rnd() * 20)} points over the quarter while the index drifted. ` +
        `Flows into [[${pick(rnd, TICKERS)}]] picked up after the ${pick(rnd, MONTHS)} print, and **breadth** improved as the leaders stalled. ` +
        `See the *earlier* discussion in [[Research note ${(i + p) % 500}]] and the [chart](https://example.com/c/${i}) for context.`,
      "",
    );
  }
  for (let p = 0; p < 6; p++)
    out.push(`- ${pick(rnd, SECTORS)} led while ${pick(rnd, SECTORS)} lagged; breadth ${Math.round(rnd() * 100)}% #rotation`);
  out.push("", "```", "| not | a table |", "|---|---|", "```", "", `*Updated ${2020 + (i % 6)}-0${1 + (i % 9)}-15*`, "");
  return out.join("\n");
}
