/**
 * Counts failures per key in a sliding window. In memory, so it is per process: ClaimDesk
 * runs as one Node process next to its SQLite file.
 */
export class FailureRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** False once the key has used up its failures in the window. */
  allow(key: string): boolean {
    return this.recent(key).length < this.maxFailures;
  }

  fail(key: string): void {
    const kept = this.recent(key);
    kept.push(this.now());
    this.failures.set(key, kept);
    if (this.failures.size > 10_000) this.prune();
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}

const globalForLimiter = globalThis as unknown as { claimdeskSignInLimiter?: FailureRateLimiter };

/** 5 failed sign-ins per email and IP per minute. */
export const signInLimiter = (globalForLimiter.claimdeskSignInLimiter ??= new FailureRateLimiter(5, 60_000));
