/** Timing and memory helpers for the benchmark: medians of repeated runs, heap peaks sampled during a run. */

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs, after one warm-up run. */
export function timeMs(fn: () => void, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function timeAsyncMs(fn: () => Promise<void>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Peak heap (MB above the starting heap) while `fn` runs, sampled every allocation-heavy step by the caller. */
export function heapPeakMb(fn: (sample: () => void) => void): number {
  collect();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = (): void => {
    const h = process.memoryUsage().heapUsed;
    if (h > peak) peak = h;
  };
  fn(sample);
  sample();
  return (peak - base) / 1024 / 1024;
}
