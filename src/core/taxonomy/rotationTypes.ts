/** The rotation types Rotation Lens names, in the order the README lists them. */

export type RotationType =
  | "growth-to-value"
  | "value-to-growth"
  | "risk-on"
  | "risk-off"
  | "large-to-small"
  | "small-to-large"
  | "cyclical-to-defensive"
  | "defensive-to-cyclical"
  | "sector-to-sector"
  | "domestic-to-international"
  | "international-to-domestic"
  | "broadening"
  | "commodity-to-commodity"
  | "credit"
  | "other";

export const ROTATION_TYPES: RotationType[] = [
  "growth-to-value",
  "value-to-growth",
  "risk-on",
  "risk-off",
  "large-to-small",
  "small-to-large",
  "cyclical-to-defensive",
  "defensive-to-cyclical",
  "sector-to-sector",
  "domestic-to-international",
  "international-to-domestic",
  "broadening",
  "commodity-to-commodity",
  "credit",
  "other",
];
