/** Breadth signature (the seed's "Rotation signature pattern"): index direction × share of constituents up. */
import type { Verdict, VerdictInput } from "./verdict";

export interface BreadthInput {
  /** Index change in percent (S&P 500 -0.53). */
  indexChange: number;
  up?: number;
  total?: number;
  /** Share of constituents up, 0..1 (used when up/total are not given). */
  shareUp?: number;
  sources?: Partial<Record<"index" | "up" | "total" | "share", VerdictInput["source"]>>;
}

/** "Most" is more than half; an unchanged index counts as up (nothing was sold off). */
export function breadth(input: BreadthInput): Verdict {
  const share = input.shareUp ?? (input.up !== undefined && input.total ? input.up / input.total : NaN);
  const inputs: VerdictInput[] = [{ name: "Index change", value: `${input.indexChange}%`, source: input.sources?.index }];
  if (input.up !== undefined) inputs.push({ name: "Constituents up", value: String(input.up), source: input.sources?.up });
  if (input.total !== undefined) inputs.push({ name: "Constituents", value: String(input.total), source: input.sources?.total });
  if (input.shareUp !== undefined)
    inputs.push({ name: "Share up", value: `${Math.round(input.shareUp * 1000) / 10}%`, source: input.sources?.share });
  if (!Number.isFinite(input.indexChange) || !Number.isFinite(share) || share < 0 || share > 1) {
    return {
      label: "Not enough data",
      rationale: "Breadth needs the index change and how many constituents rose (up and total, or share).",
      inputs,
      problems: ["Give index:, and up: with total: (or share:)."],
    };
  }
  const down = input.indexChange < 0;
  const most = share > 0.5;
  const pct = `${Math.round(share * 100)}% of constituents up`;
  if (down && !most)
    return { label: "Broad selloff", rationale: `Index down ${input.indexChange}% and only ${pct}: most stocks fall together.`, inputs };
  if (down) return { label: "Rotation", rationale: `Index down ${input.indexChange}% while ${pct}: money is moving, not leaving.`, inputs };
  if (most) return { label: "Healthy rally", rationale: `Index up ${input.indexChange}% with ${pct}: broad participation.`, inputs };
  return { label: "Narrow rally", rationale: `Index up ${input.indexChange}% with only ${pct}: fragile, concentrated leadership.`, inputs };
}
