// Writes a random AUTH_SECRET into the git-ignored .env.local on first run, so the demo
// works without configuration and no secret is ever committed.
import crypto from "node:crypto";
import fs from "node:fs";

const file = ".env.local";
const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(existing)) {
  const secret = crypto.randomBytes(32).toString("base64url");
  const prefix = existing && !existing.endsWith("\n") ? "\n" : "";
  fs.writeFileSync(file, `${existing}${prefix}# Generated locally by scripts/ensure-env.mjs; never commit.\nAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  console.error("Generated AUTH_SECRET in .env.local");
}
