import type { ClaimView } from "@/db/queries/articles";
import type { ClaimDetail } from "@/db/queries/claims";
import type { Jsonify } from "@/lib/json";
import type { Role } from "@/lib/vocabulary";

/** What the review desk's client components receive from the server. */
export type ClaimDetailJson = Jsonify<ClaimDetail>;
export type ReviewClaim = Jsonify<ClaimView>;
export type Reviewer = { id: number; name: string };
export type Viewer = { id: number; name: string; role: Role; canAssignOthers: boolean; canReset: boolean };
export type Conflict = { message: string; current: ReviewClaim & { changedBy: string | null; changedAt: string | null } };
