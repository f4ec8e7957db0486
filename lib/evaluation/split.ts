import { createHash } from "node:crypto";

/**
 * Assigns an item (an article, a pair family) to a split by a seeded hash of its id: the split
 * never depends on file order and never changes when other items are added. Quality figures are
 * reported on "test", which no choice of features, rules, weights or thresholds may look at.
 */
export type SplitName = "train" | "dev" | "test";

/** `[train, dev]` shares; test is the rest. */
export function splitOf(id: string, salt: string, shares: readonly [number, number]): SplitName {
  const digest = createHash("sha256").update(`${salt}:${id}`).digest();
  const u = digest.readUInt32BE(0) / 2 ** 32;
  if (u < shares[0]) return "train";
  if (u < shares[0] + shares[1]) return "dev";
  return "test";
}

/**
 * Check-worthiness corpus, protocol v5: by article, train or dev. The v1 hash (60 % train, 20 % dev,
 * 20 % test) still decides dev; its test share was scored once and then read, so it joined train.
 * Articles written for training (`tr-…`, `tr2-…`) and the spent holdouts (`hd-…`, scored once under
 * protocol v2; `h2-…`, under v3; `h3-…`, under v4; each by another author) always go to train.
 * Unseen articles are scored from a separate folder (holdout 4, `corpus/checkworthiness/holdout-4/`),
 * never from this corpus.
 */
export type CheckworthinessSplit = Exclude<SplitName, "test">;

/** Ids that always train and are never scored in cross-validation: written for training, or a spent holdout. */
export const isTrainingOnlyArticle = (articleId: string): boolean => /^(tr|tr2|hd|h2|h3)-/.test(articleId);

export const checkworthinessSplit = (articleId: string): CheckworthinessSplit =>
  !isTrainingOnlyArticle(articleId) && splitOf(articleId, "claimdesk-checkworthiness-v1", [0.6, 0.2]) === "dev" ? "dev" : "train";

/** Claim-matching pairs: by family, no training split (rules and thresholds are chosen on dev), 55 % dev, 45 % test. */
export const matchingSplit = (familyId: string): Exclude<SplitName, "train"> =>
  splitOf(familyId, "claimdesk-matching-v1", [0, 0.55]) === "dev" ? "dev" : "test";
