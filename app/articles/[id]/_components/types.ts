import type { Jsonify } from "@/lib/json";
import type { ClaimStatus, Role } from "@/lib/vocabulary";
import type { ClaimDetail, ClaimView } from "@/services/claims";
import type { PublicationStatus } from "@/services/publications";
import type { ClaimMatches, ClaimMatchView, MatchingProgress } from "@/services/matches";

/** What the review desk's client components receive from the server. */
export type ClaimDetailJson = Jsonify<ClaimDetail>;
export type ReviewClaim = Jsonify<ClaimView>;
export type ClaimMatchJson = Jsonify<ClaimMatchView>;
export type ClaimMatchesJson = Jsonify<ClaimMatches>;
export type OrphanJson = { id: number; text: string; status: ClaimStatus; version: number; orphanedAt: string | null };
export type PublicationJson = PublicationStatus | null;
export type LiveArticleJson = { version: number; claims: ReviewClaim[]; matching: MatchingProgress; orphans: OrphanJson[]; publication: PublicationJson };
export type SplitEditResult = { claims: ReviewClaim[]; selectedId: number; detail: ClaimDetailJson | null };
export type Reviewer = { id: number; name: string };
export type Viewer = { id: number; name: string; role: Role; canAssignOthers: boolean; canReset: boolean; canPublish: boolean; canWithdraw: boolean };
export type Conflict = { message: string; current: ReviewClaim & { changedBy: string | null; changedAt: string | null } };
