/**
 * Tells a stated market movement from a hypothetical, a forecast, a proposal, a negation or a rotation in another sense
 * (crops, crews, keys, tyres).
 */

/** Words that make a movement not (yet) a fact. */
const NOT_FACT = new Set([
  "if",
  "would",
  "might",
  "could",
  "expect",
  "expects",
  "expected",
  "expecting",
  "should",
  "propose",
  "proposes",
  "proposed",
  "proposal",
  "forecast",
  "forecasts",
  "guess",
  "unless",
  "hypothetical",
  "plan",
  "plans",
  "planned",
  "i'd",
  "we'd",
  "will",
  "not",
  "never",
  "no",
  "didn't",
  "hasn't",
  "isn't",
  "wasn't",
  "won't",
  "nothing",
  "nobody",
  "none",
  "neither",
  "hope",
  "hopes",
  "call",
  "predicts",
  "predicted",
  "likely",
]);

/** Senses of "rotation" (and of "moved X from A to B") that are not about markets. */
const OTHER_SENSES = [
  "crop",
  "crew",
  "staff",
  "pager",
  "on-call",
  "on call",
  "rota ",
  "key rotation",
  "api key",
  "credential",
  "password",
  "tyre",
  "tire ",
  "tires",
  "earth",
  "portfolio manager",
  "acreage",
  "planting",
  "soil",
  "shift schedule",
  "personnel",
  "headcount",
];

/** Whether the words of a sentence's movement (and its own clause) state it as a fact. */
export function statesFact(window: string): boolean {
  const words = window
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^a-z']+/);
  return !words.some((w) => NOT_FACT.has(w));
}

/** Whether a paragraph speaks of rotation in a sense that is not about markets. */
export function otherSense(paragraph: string): boolean {
  const lower = ` ${paragraph.toLowerCase()} `;
  return OTHER_SENSES.some((s) => lower.includes(s));
}

/** "2026 (proposed)", "(forecast)": a row or period that is not history. */
export function notHistory(text: string): boolean {
  const lower = text.toLowerCase();
  return ["proposed", "forecast", "planned", "expected", "hypothetical", "no rotation", "fizzled", "did not", "didn't"].some((w) =>
    lower.includes(w),
  );
}
