/**
 * Mechanical (dispersion-driven) or fundamental rotation. Dispersion trades sell index volatility and buy
 * single-stock volatility, so single-stock implied vol far above index vol (or VIX), with low implied
 * correlation, marks flows driven by the trade rather than by a change in fundamentals.
 */
import type { Verdict, VerdictInput } from "./verdict";

export interface DispersionInput {
  singleStockIv: number;
  indexIv: number;
  impliedCorrelation?: number;
  sources?: Partial<Record<"singleStockIv" | "indexIv" | "impliedCorrelation", VerdictInput["source"]>>;
}

/** Ratio of single-stock to index implied vol at or above this reads as dispersion-driven. */
const MECHANICAL_RATIO = 1.5;
/** At or below this the two vols move together: nothing mechanical to see. */
const FUNDAMENTAL_RATIO = 1.2;
/** Implied correlation below this supports a dispersion reading; above 0.5 argues against it. */
const LOW_CORRELATION = 0.25;

export function dispersion(input: DispersionInput): Verdict {
  const { singleStockIv: s, indexIv: x, impliedCorrelation: c } = input;
  const inputs: VerdictInput[] = [
    { name: "Single-stock implied vol", value: String(s), source: input.sources?.singleStockIv },
    { name: "Index implied vol", value: String(x), source: input.sources?.indexIv },
  ];
  if (c !== undefined) inputs.push({ name: "Implied correlation", value: String(c), source: input.sources?.impliedCorrelation });
  if (!(s > 0) || !(x > 0))
    return {
      label: "Not enough data",
      rationale: "Dispersion needs single-stock and index implied vol, both above zero.",
      inputs,
      problems: ["Give single_stock_iv: and index_iv: (or vix:)."],
    };
  const ratio = Math.round((s / x) * 100) / 100;
  const corr = c === undefined ? "" : `, implied correlation ${c}`;
  if (ratio >= MECHANICAL_RATIO && (c === undefined || c <= 0.5)) {
    const support = c !== undefined && c < LOW_CORRELATION ? " and low correlation confirms it" : "";
    return {
      label: "Mechanical (dispersion-driven)",
      rationale: `Single-stock vol is ${ratio}× index vol${corr}${support}: flows may reverse when dispersion compresses.`,
      inputs,
    };
  }
  if (ratio <= FUNDAMENTAL_RATIO || (c !== undefined && c > 0.5)) {
    return {
      label: "Fundamental rotation",
      rationale: `Single-stock vol is only ${ratio}× index vol${corr}: no sign of a dispersion trade driving the flows.`,
      inputs,
    };
  }
  return {
    label: "Inconclusive",
    rationale: `Single-stock vol is ${ratio}× index vol${corr}: between the mechanical (≥${MECHANICAL_RATIO}×) and fundamental (≤${FUNDAMENTAL_RATIO}×) readings.`,
    inputs,
  };
}
