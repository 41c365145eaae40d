/**
 * Which duration scenarios remain possible for a rotation: tax selling (2–4 weeks), valuation reset (1–2 quarters),
 * secular shift (a year or more).
 */
import { monthsBetween } from "../dates/durationToMonths";
import type { Verdict } from "./verdict";

export interface Scenario {
  name: string;
  /** Longest the scenario lasts, in months (Infinity for open-ended). */
  maxMonths: number;
  minMonths: number;
  /** Driver words that speak for it. */
  drivers: string[];
}

export const SCENARIOS: Scenario[] = [
  { name: "Tax selling", minMonths: 0.46, maxMonths: 0.92, drivers: ["tax"] },
  { name: "Valuation reset", minMonths: 3, maxMonths: 6, drivers: ["valuation", "multiple", "earnings"] },
  {
    name: "Secular shift",
    minMonths: 12,
    maxMonths: Infinity,
    drivers: ["ai", "roi", "fed", "policy", "structural", "secular", "rates", "peak oil"],
  },
];

export function durationScenarios(input: { start: string; asOf: string; drivers: string[] }): Verdict {
  const age = monthsBetween(input.start, input.asOf);
  const words = input.drivers.map((d) => d.toLowerCase());
  const alive = SCENARIOS.filter((s) => age <= s.maxMonths);
  const backed = alive.filter((s) => s.drivers.some((d) => words.some((w) => w.includes(d))));
  const inputs = [
    { name: "Start", value: input.start },
    { name: "As of", value: input.asOf },
    { name: "Drivers", value: input.drivers.join(", ") || "none given" },
  ];
  if (!(age >= 0))
    return {
      label: "Not enough data",
      rationale: "The start date must be on or before the as-of date.",
      inputs,
      problems: ["Check start: and as_of:."],
    };
  if (alive.length === 0)
    return { label: "Beyond every scenario", rationale: `At ${age} months it has outlasted all three scenarios.`, inputs };
  const ruledOut = SCENARIOS.filter((s) => !alive.includes(s)).map((s) => s.name.toLowerCase());
  const lead = (backed[0] ?? alive[0]).name;
  const possible = alive.map((s) => `${s.name.toLowerCase()}${backed.includes(s) ? " (drivers present)" : ""}`).join(", ");
  return {
    label: `${lead} possible`,
    rationale: `At ${age} months old: ${possible} remain${ruledOut.length ? `; ${ruledOut.join(", ")} ruled out by age` : ""}.`,
    inputs,
    outputs: alive.map((s) => ({ name: s.name, value: backed.includes(s) ? "possible, drivers present" : "possible" })),
  };
}
