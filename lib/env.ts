import { z } from "zod";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : ["1", "true", "yes", "on"].includes(v)));

const envSchema = z.object({
  DATABASE_URL: z.string().default("data/claimdesk.db"),
  /** Demo users and articles are seeded into an empty database unless this is off. */
  SEED_DEMO: booleanFlag.transform((v) => v ?? true),
  /** Lets URL import fetch loopback/private addresses; only for tests with local fixture servers. */
  IMPORT_ALLOW_PRIVATE_URLS: booleanFlag.transform((v) => v ?? false),
  IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  CLAIMDESK_ORG_NAME: z.string().default("ClaimDesk"),
  /** The organisation's own site; unset, the desk's public address stands in for it. */
  CLAIMDESK_ORG_URL: z.string().optional(),
  PUBLIC_URL: z.string().optional(),
  /** How many proxies in front of the app append to X-Forwarded-For; 0 (default) trusts none. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Environment, validated once; defaults make the demo work with no configuration. */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
