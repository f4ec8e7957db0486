/**
 * Timing helpers with no dependencies (timing.ts re-exports them next to the database helpers,
 * so benchmarks that need no database — bench/match-scoring.ts — can time without loading one).
 */

/** Median of a sample (mean of the middle two for even sizes). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export type Timing = { medianMs: number; minMs: number; maxMs: number; firstMs: number; cpuMs: number };

/**
 * Times a synchronous call: the first (cold) call, `warmup - 1` more untimed, then `runs`
 * timed calls. CPU time is reported beside wall time because it holds up on a busy machine.
 */
export function timeSync(fn: () => unknown, warmup: number, runs: number): Timing {
  const t = performance.now();
  fn();
  const firstMs = performance.now() - t;
  for (let i = 1; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    fn();
    wall.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { medianMs: median(wall), minMs: Math.min(...wall), maxMs: Math.max(...wall), firstMs, cpuMs: median(cpu) };
}
