import { hash, hashSync, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP-recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function hashPasswordSync(password: string): string {
  return hashSync(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash (e.g. a synthetic load-test user) never verifies.
    return false;
  }
}


