import type { Db } from "@/db/connection";
import { clearFailures, failuresSince, pruneFailures, recordFailure } from "@/db/sign-in-limits";
import { MINUTE_MS } from "@/lib/vocabulary";

/**
 * Failed sign-ins are limited per account (whatever address they come from, so a rotating
 * X-Forwarded-For cannot reset it) and, when the client address is known from a trusted proxy,
 * per address across accounts. Counters live in the database, so every process shares them.
 */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: MINUTE_MS } as const;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

function keys(email: string, address: string | null): { key: string; max: number }[] {
  const out: { key: string; max: number }[] = [{ key: accountKey(email), max: SIGN_IN_LIMITS.perAccount }];
  if (address) out.push({ key: addressKey(address), max: SIGN_IN_LIMITS.perAddress });
  return out;
}

/** False once the account (or the address) has used up its failures in the window. */
export function signInAllowed(db: Db, email: string, address: string | null, now = new Date()): boolean {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  return keys(email, address).every(({ key, max }) => failuresSince(db, key, since) < max);
}

export function signInFailed(db: Db, email: string, address: string | null, now = new Date()): void {
  for (const { key } of keys(email, address)) recordFailure(db, key, now);
  if (Math.random() < 0.05) pruneFailures(db, new Date(now.getTime() - SIGN_IN_LIMITS.windowMs));
}

/** A success clears the account's count (not the address's: one good password does not vouch for others). */
export function signInSucceeded(db: Db, email: string): void {
  clearFailures(db, accountKey(email));
}

/**
 * The client's address as the trusted proxies report it: the entry `hops` from the right of
 * X-Forwarded-For (each proxy appends the address it saw). With no trusted proxy configured
 * (hops 0) forwarding headers are ignored: anyone can write them.
 */
export function clientAddress(headers: Headers | undefined, hops: number): string | null {
  if (!headers || hops <= 0) return null;
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return chain.length >= hops ? chain[chain.length - hops] : null;
}
