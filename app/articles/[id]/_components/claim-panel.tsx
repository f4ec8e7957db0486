"use client";

import type { ReactNode } from "react";
import { StatusBadge } from "@/components/status-style";
import type { Outcome } from "../_hooks/use-desk-actions";
import { AssigneePicker } from "./assignee-picker";
import { CommentThread } from "./comment-thread";
import { ConfirmationNotice } from "./confirmation-notice";
import { EvidenceList } from "./evidence-list";
import { HistoryTimeline } from "./history-timeline";
import { RecheckNotice } from "./recheck-notice";
import { ScoreReasons } from "./score-reasons";
import type { ClaimDetailJson, ReviewClaim, Reviewer, Viewer } from "./types";
import { VerdictCard } from "./verdict-card";

type Props = {
  claim: ReviewClaim;
  /** The claim's number in the article (1, 2, … in text order): the number every report uses. */
  number: number;
  detail: ClaimDetailJson | null;
  loading: boolean;
  viewer: Viewer;
  reviewers: Reviewer[];
  busy: boolean;
  verdictForm: ReactNode;
  splitTools?: ReactNode;
  extra?: ReactNode;
  onAssign: (userId: number | null) => Promise<Outcome>;
  onAddEvidence: (input: { url: string; title: string; quote: string }) => Promise<Outcome>;
  onRemoveEvidence: (evidenceId: number) => Promise<Outcome>;
  onAddComment: (body: string) => Promise<Outcome>;
  onConfirmRecheck: (note: string) => Promise<boolean>;
  onConfirmVerdict: () => Promise<Outcome>;
  onSendBack: (note: string) => Promise<Outcome>;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-stone-200 pt-3">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-stone-600">{title}</h3>
      {children}
    </section>
  );
}

/** Everything about the selected claim: its current verdict, the controls, evidence, assignment, discussion, history. */
export function ClaimPanel(props: Props) {
  const { claim, detail, loading, viewer, reviewers, busy } = props;
  return (
    <div className="space-y-3" data-testid="claim-panel" data-claim-id={claim.id} data-version={claim.version}>
      <div className="flex items-center justify-between gap-2">
        <StatusBadge status={claim.status} />
        <span className="text-xs text-stone-500" title={`Database id ${claim.id}`}>Claim {props.number} · version {claim.version}</span>
      </div>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-900" data-testid="claim-text">{claim.text}</blockquote>
      <ScoreReasons claim={claim} />
      {claim.needsRecheck && <RecheckNotice detail={detail} busy={busy} onConfirm={props.onConfirmRecheck} />}
      {claim.awaitingConfirmation && (
        <ConfirmationNotice claim={claim} viewer={viewer} verdictByName={detail?.claim.verdictByName ?? null} busy={busy} onConfirm={props.onConfirmVerdict} onSendBack={props.onSendBack} />
      )}
      <VerdictCard claim={claim} detail={detail} />
      {props.verdictForm}
      {props.extra}
      <AssigneePicker assigneeId={claim.assigneeId} assigneeName={detail?.claim.assigneeName ?? null} viewer={viewer} reviewers={reviewers} busy={busy} onAssign={props.onAssign} />
      {loading && !detail ? (
        <p className="text-sm text-stone-600" role="status">Loading evidence and history…</p>
      ) : detail ? (
        <>
          <Section title={`Evidence (${detail.evidence.length})`}>
            <EvidenceList evidence={detail.evidence} busy={busy} onAdd={props.onAddEvidence} onRemove={props.onRemoveEvidence} />
          </Section>
          <Section title={`Comments (${detail.comments.length})`}>
            <CommentThread comments={detail.comments} busy={busy} onAdd={props.onAddComment} />
          </Section>
          {props.splitTools && <Section title="Edit the split">{props.splitTools}</Section>}
          <Section title="History">
            <HistoryTimeline history={detail.history} />
          </Section>
        </>
      ) : null}
    </div>
  );
}
