/** What the user is told after the first scan when it could not read everything: which notes, or that it stopped. */
import type { ScanReport } from "./liveIndex";
import { counted } from "../core/text/plural";

/** null when the scan read every note. */
export function scanNotice(report: ScanReport): string | null {
  const stopped = report.failures.find((f) => f.path === "");
  if (!report.complete || stopped)
    return `Rotation Lens stopped reading the vault (${stopped?.message ?? "unknown reason"}); its index is incomplete.`;
  const n = report.failures.length;
  if (n === 0) return null;
  const named = report.failures
    .slice(0, 3)
    .map((f) => f.path)
    .join(", ");
  return `Rotation Lens could not read ${counted(n, "note")} (${named}${n > 3 ? ", …" : ""}); the rest of the vault is indexed.`;
}
