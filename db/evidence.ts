import { and, asc, eq, inArray } from "drizzle-orm";
import { comments, evidence, users, type Comment, type Evidence } from "./schema";
import type { Conn, Tx } from "./transaction";

/** Evidence items and comments: the rows beside a claim that its history events describe. */

export type NewEvidence = { claimId: number; url: string; title: string; quote: string; addedBy: number; addedAt: Date };

export function insertEvidence(tx: Tx, row: NewEvidence): Evidence {
  return tx.insert(evidence).values(row).returning().get();
}

export function findEvidence(db: Conn, claimId: number, evidenceId: number): Evidence | undefined {
  return db.select().from(evidence).where(and(eq(evidence.id, evidenceId), eq(evidence.claimId, claimId))).get();
}

export function deleteEvidence(tx: Tx, evidenceId: number): void {
  tx.delete(evidence).where(eq(evidence.id, evidenceId)).run();
}

/** A claim's evidence rows, oldest first. */
export function evidenceRows(db: Conn, claimId: number): Evidence[] {
  return db.select().from(evidence).where(eq(evidence.claimId, claimId)).orderBy(asc(evidence.addedAt), asc(evidence.id)).all();
}

export type EvidenceView = { id: number; url: string; title: string; quote: string; addedAt: Date; addedByName: string };

export function listEvidence(db: Conn, claimId: number): EvidenceView[] {
  return db
    .select({ id: evidence.id, url: evidence.url, title: evidence.title, quote: evidence.quote, addedAt: evidence.addedAt, addedByName: users.name })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.addedBy))
    .where(eq(evidence.claimId, claimId))
    .orderBy(asc(evidence.addedAt), asc(evidence.id))
    .all();
}

/** Evidence of several claims at once, oldest first. */
export function evidenceOfClaims(db: Conn, claimIds: number[]): { claimId: number; url: string; title: string; quote: string }[] {
  if (claimIds.length === 0) return [];
  return db
    .select({ claimId: evidence.claimId, url: evidence.url, title: evidence.title, quote: evidence.quote })
    .from(evidence)
    .where(inArray(evidence.claimId, claimIds))
    .orderBy(asc(evidence.addedAt), asc(evidence.id))
    .all();
}

export function insertComment(tx: Tx, row: { claimId: number; authorId: number; body: string; createdAt: Date }): Comment {
  return tx.insert(comments).values(row).returning().get();
}

export type CommentView = { id: number; body: string; createdAt: Date; authorName: string; authorId: number };

export function listComments(db: Conn, claimId: number): CommentView[] {
  return db
    .select({ id: comments.id, body: comments.body, createdAt: comments.createdAt, authorName: users.name, authorId: comments.authorId })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}
