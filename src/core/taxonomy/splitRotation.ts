/** Splits "Growth → Value" (or "Tech -> Energy", "Growth to Value") into its two sides, in one pass and without backtracking. */

const SYMBOLS = ["→", "->", "=>", "⇒", "➔", "⟶"];
const WORDS = [" to ", " into "];

/** { from, to } when the text has exactly one arrow (a symbol or the word "to"/"into"); null otherwise. */
export function splitRotation(text: string): { from: string; to: string } | null {
  if (typeof text !== "string") return null;
  const cuts = arrowsIn(text);
  if (cuts.length !== 1) return null;
  const [at, len] = cuts[0];
  const from = clean(text.slice(0, at));
  const to = clean(text.slice(at + len));
  return from && to ? { from, to } : null;
}

/** Every arrow's position and length; stops counting at two, which is already too many. */
function arrowsIn(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const s of SYMBOLS) {
    for (let at = text.indexOf(s); at !== -1 && out.length < 2; at = text.indexOf(s, at + s.length)) out.push([at, s.length]);
  }
  if (out.length > 0) return out;
  const lower = text.toLowerCase();
  for (const w of WORDS) {
    for (let at = lower.indexOf(w); at !== -1 && out.length < 2; at = lower.indexOf(w, at + w.length - 1)) out.push([at, w.length]);
  }
  return out;
}

function clean(side: string): string {
  return side.replace(/[*_]/g, "").trim();
}
