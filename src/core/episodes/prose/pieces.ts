/**
 * One side of a rotation stated on its own ("sold $2B of software names", "a rotation into utilities", "utilities drew
 * record inflows"), found by indexOf scans.
 */
import { firstStop } from "./clauses";

export interface Piece {
  side: "sell" | "buy";
  text: string;
  end: number;
}

const STOPS = [
  ". ",
  "; ",
  ": ",
  ", ",
  " — ",
  " is ",
  " was ",
  " are ",
  " were ",
  " like ",
  " such as ",
  " as ",
  " last ",
  " this ",
  " amid ",
  " on ",
  " after ",
  " while ",
  " driving",
  " may ",
  " has ",
  " have ",
];
const BUY_AFTER = ["rotation into ", "rotated into ", "rotating into ", "inflows into ", "flowed into ", "poured into "];
const BUY_BEFORE = [" attracted ", " saw record ", " drew record ", " rotation is taking hold", " rotation took hold"];
const SELL_AFTER = ["sold ", "outflows from ", "selling in ", "dumped "];
const SELL_BEFORE = [" selloff", " sell-off"];

function clauseEnd(lower: string, from: number): number {
  return firstStop(lower, from, STOPS);
}

/** Back from `at` to the start of its clause or just after an article. */
function clauseStart(lower: string, at: number): number {
  let start = 0;
  for (const s of [". ", "; ", ": ", ", ", " a ", " an ", " the ", "the ", "a "]) {
    const k = lower.lastIndexOf(s, at - 1);
    if (
      k !== -1 &&
      k + s.length <= at &&
      k + s.length > start &&
      (k === 0 || s.startsWith(" ") || s.startsWith(".") || s.startsWith(";") || s.startsWith(":") || s.startsWith(","))
    )
      start = k + s.length;
  }
  return start;
}

/** "$2B in", "$310M of": an amount before the side. */
function skipAmount(lower: string, from: number): number {
  if (lower[from] !== "$") return from;
  const sp = lower.indexOf(" ", from);
  if (sp === -1) return from;
  for (const w of ["in ", "of ", "worth of "]) if (lower.startsWith(w, sp + 1)) return sp + 1 + w.length;
  return sp + 1;
}

/** A sentence about earlier episodes ("back in the 2008 crisis", "past episodes") or rotations in general is not about this one. */
const PAST = ["past ", "histor", "dot-com", "precedent", "crisis", "crash", "typically", "usually", "tend to", "tends to"];

export function piecesIn(sentence: string): Piece[] {
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length || PAST.some((w) => lower.includes(w))) return [];
  const out: Piece[] = [];
  const after = (marks: string[], side: Piece["side"]): void => {
    for (const m of marks) {
      const at = lower.indexOf(m);
      if (at === -1) continue;
      const from = skipAmount(lower, at + m.length);
      const end = clauseEnd(lower, from);
      out.push({ side, text: sentence.slice(from, end), end });
    }
  };
  const before = (marks: string[], side: Piece["side"]): void => {
    for (const m of marks) {
      const at = lower.indexOf(m);
      if (at <= 0) continue;
      out.push({ side, text: sentence.slice(clauseStart(lower, at), at), end: at + m.length });
    }
  };
  after(BUY_AFTER, "buy");
  before(BUY_BEFORE, "buy");
  after(SELL_AFTER, "sell");
  before(SELL_BEFORE, "sell");
  return out;
}
