import type { Db } from "@/db/connection";
import { claimIdempotencyKey, findIdempotencyKey, pruneIdempotencyKeys, releaseIdempotencyKey, storeIdempotentAnswer } from "@/db/idempotency";
import { AppError } from "@/lib/errors";
import { DAY_MS } from "@/lib/vocabulary";

/**
 * `Idempotency-Key` on writes: a client that retries after a lost response gets the first answer
 * again, and the write happens once. Keys belong to a user, last a day, and are tied to the
 * method and path they were first used with.
 */
const KEY = /^[\x21-\x7e]{1,200}$/;

export type Answer = { status: number; body: string };

export async function idempotent(
  db: Db,
  request: { userId: number; key: string; method: string; path: string },
  run: () => Promise<Answer>,
): Promise<Answer & { replayed: boolean }> {
  const { userId, key, method, path } = request;
  if (!KEY.test(key)) throw new AppError("bad_request", "The Idempotency-Key header must be 1 to 200 visible ASCII characters.");
  const earlier = findIdempotencyKey(db, userId, key);
  if (earlier) return replay(earlier, method, path);
  const now = new Date();
  if (!claimIdempotencyKey(db, { userId, key, method, path, at: now })) {
    const winner = findIdempotencyKey(db, userId, key);
    if (winner) return replay(winner, method, path);
  }
  if (Math.random() < 0.01) pruneIdempotencyKeys(db, new Date(now.getTime() - DAY_MS));
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    releaseIdempotencyKey(db, userId, key);
    throw error;
  }
  // Server failures are not remembered: the retry should really try again.
  if (answer.status >= 500) releaseIdempotencyKey(db, userId, key);
  else storeIdempotentAnswer(db, userId, key, answer.status, answer.body);
  return { ...answer, replayed: false };
}

function replay(earlier: { method: string; path: string; status: number | null; body: string | null }, method: string, path: string) {
  if (earlier.method !== method || earlier.path !== path) {
    throw new AppError("unprocessable", "This Idempotency-Key was already used for a different request.");
  }
  if (earlier.status === null) throw new AppError("conflict", "A request with this Idempotency-Key is still being processed; try again shortly.");
  return { status: earlier.status, body: earlier.body ?? "", replayed: true };
}
