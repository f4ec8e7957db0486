import { describe, expect, it } from "vitest";
import { FailureRateLimiter } from "@/lib/rate-limit";

describe("FailureRateLimiter", () => {
  it("blocks after the allowed failures and recovers when the window passes", () => {
    let now = 0;
    const limiter = new FailureRateLimiter(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.allow("a")).toBe(true);
      limiter.fail("a");
    }
    expect(limiter.allow("a")).toBe(false);
    expect(limiter.allow("b")).toBe(true);
    now = 60_001;
    expect(limiter.allow("a")).toBe(true);
  });

  it("a success clears the count", () => {
    const limiter = new FailureRateLimiter(2, 60_000, () => 0);
    limiter.fail("a");
    limiter.reset("a");
    limiter.fail("a");
    expect(limiter.allow("a")).toBe(true);
  });
});
