/** `blocks --png <dir>`: which charts get a file, a user's files left alone, the drawing, and what happened, on stderr. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { ChartData } from "../../core/charts/chartData";
import { counted } from "../../core/text/plural";
import { UsageError, type CliIO } from "../io";
import { drawPngs, type PngJob } from "./drawPngs";
import { mayWrite, pngName } from "./pngFiles";

export interface DrawnChart {
  /** The note's path from the folder given to `blocks` (its name alone when a note was given). */
  name: string;
  line: number;
  chart: ChartData;
  /** Set to the file written. */
  done: (file: string) => void;
}

/** The --png folder, checked before any work: a file there is a usage error. */
export function pngFolder(dir: string | true | undefined): string | null {
  if (dir === undefined) return null;
  if (dir === true || dir === "") throw new UsageError("--png needs a folder");
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--png ${dir}: not a folder`);
  return dir;
}

/** True when every chart got its PNG; false (and each reason on stderr) otherwise. */
export async function writePngs(charts: DrawnChart[], dir: string, dark: boolean, io: CliIO): Promise<boolean> {
  const jobs: (PngJob & { done: (file: string) => void })[] = [];
  const names = new Set<string>();
  for (const c of charts) {
    const file = path.join(dir, pngName(c.name, c.line));
    const reason = names.has(file)
      ? "another block of this run has that name"
      : mayWrite(file)
        ? null
        : "a file Rotation Lens did not write is there";
    if (reason) io.err(`rotation-lens: ${file}: ${reason}: left alone (move it, or choose another --png folder)`);
    else jobs.push({ file, chart: c.chart, done: c.done });
    names.add(file);
  }
  const refused = charts.length - jobs.length;
  if (jobs.length === 0) return refused === 0;
  const drawn = await drawPngs(jobs, dark);
  if ("failure" in drawn) {
    io.err(`rotation-lens: ${drawn.failure}`);
    return false;
  }
  jobs.forEach((j) => j.done(j.file));
  io.err(`rotation-lens: ${counted(drawn.written.length, "chart")} drawn to ${dir}`);
  return refused === 0;
}
