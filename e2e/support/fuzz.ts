import { mulberry32 } from "../../lib/prng";

/** A small seeded PRNG (mulberry32), so a failing fuzz case can be replayed from its seed. */
export function prng(seed: number) {
  const next = mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

const NASTY = [
  "", " ", "\t\n", "\u0000", "\u0000\u0001\u0002", "'; DROP TABLE claims; --", "\" OR 1=1 --", "<script>alert(1)</script>",
  "javascript:alert(1)", "${7*7}", "{{7*7}}", "../../etc/passwd", "\u202eevil", "🧨".repeat(50), "\ud800", "ñ¿¡é",
  "A".repeat(100_000), "null", "undefined", "NaN", "[]", "{}",
];

/** Random JSON values of every wrong shape: strings with control and surrogate characters, odd numbers, nesting. */
export function randomValue(rand: ReturnType<typeof prng>, depth = 0): unknown {
  switch (rand.int(depth > 3 ? 5 : 8)) {
    case 0:
      return rand.pick(NASTY);
    case 1:
      return Array.from({ length: rand.int(40) }, () => String.fromCharCode(rand.int(0xffff))).join("");
    case 2:
      return rand.pick([0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31]);
    case 3:
      return rand.pick([true, false, null]);
    case 4:
      return rand.pick(["supported ", "SUPPORTED", "unreviewed", "verified", "disputed\u0000"]);
    case 5:
      return Array.from({ length: rand.int(4) }, () => randomValue(rand, depth + 1));
    case 6:
      return Object.fromEntries(Array.from({ length: rand.int(4) }, (_, i) => [`k${i}`, randomValue(rand, depth + 1)]));
    default: {
      let nested: unknown = "deep";
      for (let i = 0; i < 200; i++) nested = { a: nested };
      return nested;
    }
  }
}
