"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { noteRequired, reviewProgress } from "@/lib/claim-rules";
import { STATUS_LABELS, type Verdict } from "@/lib/vocabulary";
import type { MatchingProgress } from "@/services/matches";
import {
  addCommentAction,
  addEvidenceAction,
  assignAction,
  confirmRecheckAction,
  confirmVerdictAction,
  makeClaimAction,
  removeEvidenceAction,
  restoreOrphanAction,
  sendBackVerdictAction,
  setVerdictAction,
} from "../actions";
import { useClaimDetail } from "../_hooks/use-claim-detail";
import { useDeskActions } from "../_hooks/use-desk-actions";
import { useLiveArticle } from "../_hooks/use-live-article";
import { useNoteDrafts } from "../_hooks/use-note-drafts";
import { useReviewKeys } from "../_hooks/use-review-keys";
import { sourceOverdue, useReviewQueue } from "../_hooks/use-review-queue";
import { selectionInBody } from "../_hooks/text-selection";
import { ArticleText } from "./article-text";
import { CheckedBefore } from "./checked-before";
import { ClaimPanel } from "./claim-panel";
import { MatchingStatus } from "./matching-status";
import { OrphanedClaims } from "./orphaned-claims";
import { ReviewQueue } from "./review-queue";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SplitTools } from "./split-tools";
import { PublicationPanel } from "./publication-panel";
import type { ClaimDetailJson, OrphanJson, PublicationJson, ReviewClaim, Reviewer, SplitEditResult, Viewer } from "./types";
import { VerdictForm, type SourceRequest } from "./verdict-form";

type Props = {
  articleId: number;
  version: number;
  body: string;
  initialClaims: ReviewClaim[];
  initialMatching: MatchingProgress;
  initialOrphans: OrphanJson[];
  initialPublication: PublicationJson;
  viewer: Viewer;
  reviewers: Reviewer[];
  initialClaimId?: number | null;
};

const NO_SOURCE_REQUEST: SourceRequest = { ownerId: null, dueAt: "" };

const firstToReview = (claims: ReviewClaim[]) =>
  claims.find((c) => c.checkworthy && c.status === "unreviewed") ?? claims.find((c) => c.checkworthy || c.status !== "unreviewed") ?? claims[0];

/** The review page's interactive part: highlighted text, review queue, claim panel, keyboard review, live updates. */
export function ReviewDesk({ articleId, version, body, initialClaims, initialMatching, initialOrphans, initialPublication, viewer, reviewers, initialClaimId }: Props) {
  const live = useLiveArticle(articleId, { version, claims: initialClaims, matching: initialMatching, orphans: initialOrphans, publication: initialPublication });
  const { claims, setClaims, upsert, matching, orphans } = live;
  const queue = useReviewQueue(claims, viewer);
  const textRef = useRef<HTMLDivElement>(null);
  const [textSelection, setTextSelection] = useState<{ start: number; end: number } | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(initialClaimId ?? firstToReview(initialClaims)?.id ?? null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const { detail, setDetail, loading, reload } = useClaimDetail(selectedId);
  const { note, setNote, switchTo: showDraftOf, discard: discardDraft } = useNoteDrafts(articleId, selectedId);
  const [pending, setPending] = useState<Verdict | null>(null);
  const [source, setSource] = useState<SourceRequest>(NO_SOURCE_REQUEST);
  const [verdictError, setVerdictError] = useState<string | null>(null);
  const [deskError, setDeskError] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const apply = useMemo(
    () => ({
      detail: (d: ClaimDetailJson) => setDetail(d),
      claim: (c: ReviewClaim) => upsert(c),
      split: (r: SplitEditResult) => {
        setClaims(r.claims);
        if (r.selectedId) {
          setSelectedId(r.selectedId);
          showDraftOf(r.selectedId);
        }
        if (r.detail) setDetail(r.detail);
        setPending(null);
      },
    }),
    [setDetail, upsert, setClaims, showDraftOf],
  );
  const { busy, conflict, setConflict, run, runSplit } = useDeskActions(apply);

  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      showDraftOf(id);
      setPending(null);
      setSource(NO_SOURCE_REQUEST);
      setVerdictError(null);
      setConflict(null);
      const mark = document.getElementById(`claim-${id}`);
      mark?.scrollIntoView({ block: "nearest" });
      mark?.focus({ preventScroll: true });
    },
    [setConflict, showDraftOf],
  );

  // Someone else changed the selected claim: refresh its evidence, comments and history.
  useEffect(() => {
    if (selected && detail && selected.version !== detail.claim.version && !busy) void reload();
  }, [selected, detail, busy, reload]);

  useEffect(() => {
    const onSelection = () => setTextSelection(selectionInBody(textRef.current));
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  const submitVerdict = useCallback(
    async (status: Verdict, version?: number) => {
      if (!selected) return;
      // "Needs a source" first shows who should find it and by when; the second press saves.
      if (status === "needs_source" && pending !== "needs_source" && version === undefined) {
        setPending(status);
        setVerdictError(null);
        noteRef.current?.focus();
        return;
      }
      if (noteRequired(status) && !note.trim()) {
        setPending(status);
        setVerdictError(`A note is required for ${STATUS_LABELS[status]}: say why, then press Enter.`);
        noteRef.current?.focus();
        return;
      }
      setPending(status);
      const request = status === "needs_source" ? { sourceOwnerId: source.ownerId, dueAt: source.dueAt || null } : {};
      const outcome = await run(() => setVerdictAction({ claimId: selected.id, status, note, version: version ?? selected.version, ...request }));
      setVerdictError(outcome.ok ? null : outcome.error);
      if (!outcome.ok) return;
      discardDraft(selected.id);
      setPending(null);
      setSource(NO_SOURCE_REQUEST);
      // After resolving a conflict ("apply mine on top") the reviewer stays to see the outcome.
      const next = queue.advance && version === undefined ? queue.nextAfter(selected.id, claims) : null;
      if (next !== null) select(next);
      else document.getElementById(`claim-${selected.id}`)?.focus();
    },
    [selected, note, pending, source, run, queue, claims, select, discardDraft],
  );

  const move = useCallback(
    (delta: number) => {
      const to = queue.step(selectedId, delta);
      if (to !== null) select(to);
    },
    [queue, selectedId, select],
  );
  const chooseQueue = (next: Parameters<typeof queue.choose>[0]) => {
    const to = queue.choose(next, selectedId);
    if (to !== null) select(to);
  };

  const keys = useMemo(
    () => ({
      move,
      verdict: (status: Verdict) => void submitVerdict(status),
      assignToMe: () => selected && void run(() => assignAction({ claimId: selected.id, userId: viewer.id })),
      help: () => setHelpOpen(true),
      focusSelected: () => selectedId && document.getElementById(`claim-${selectedId}`)?.focus(),
      disabled: helpOpen,
    }),
    [move, submitVerdict, selected, run, viewer.id, helpOpen, selectedId],
  );
  useReviewKeys(keys);

  const progress = reviewProgress(claims);
  const splitAction = async (action: Parameters<typeof runSplit>[0]) => {
    const result = await runSplit(action);
    setDeskError(result.ok ? null : result.error);
  };
  return (
    <div className="space-y-4">
      <PublicationPanel
        articleId={articleId}
        publication={live.publication}
        onPublication={live.setPublication}
        onSelectClaim={(id) => {
          queue.choose("all", id);
          select(id);
        }}
        claimNumber={(id) => claims.findIndex((c) => c.id === id) + 1 || null}
        openSources={claims.filter((c) => c.status === "needs_source").map((c) => ({ claimId: c.id, overdue: sourceOverdue(c) }))}
        canPublish={viewer.canPublish}
        canWithdraw={viewer.canWithdraw}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="rounded border border-stone-200 bg-white p-5">
          <div className="mb-3 flex flex-wrap items-center gap-3 border-b border-stone-100 pb-2 text-sm text-stone-600">
            <button
              type="button"
              disabled={!textSelection || busy}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => textSelection && void splitAction(() => makeClaimAction({ articleId, ...textSelection }))}
              className="rounded border border-stone-300 px-2 py-1 text-stone-800 disabled:opacity-50"
            >
              Make this a claim
            </button>
            <span>{textSelection ? `${textSelection.end - textSelection.start} characters selected` : "Select words in the text to make or trim a claim."}</span>
          </div>
          {deskError && <p role="alert" className="mb-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="desk-error">{deskError}</p>}
          <MatchingStatus progress={matching} />
          <div ref={textRef}>
            {claims.length === 0 ? <p className="text-stone-600">This article has no claims.</p> : <ArticleText body={body} claims={claims} selectedId={selectedId} onSelect={select} />}
          </div>
        </div>
        <aside aria-label="Selected claim" className="self-start space-y-3 rounded border border-stone-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          <div className="flex justify-between text-xs text-stone-600">
            <span>{progress.reviewed} of {progress.checkworthy} check-worthy claims reviewed</span>
            <button type="button" onClick={() => setHelpOpen(true)} className="underline">Shortcuts (?)</button>
          </div>
          <ReviewQueue queue={queue.queue} counts={queue.counts} onChange={chooseQueue} advance={queue.advance} onAdvanceChange={queue.setAdvance} />
          {selected ? (
            <ClaimPanel
              claim={selected}
              number={claims.indexOf(selected) + 1}
              detail={detail}
              loading={loading}
              viewer={viewer}
              reviewers={reviewers}
              busy={busy}
              verdictForm={
                <VerdictForm
                  current={selected.status}
                  error={conflict ? null : verdictError}
                  note={note}
                  onNoteChange={setNote}
                  pending={pending}
                  onChoose={(status) => void submitVerdict(status)}
                  busy={busy}
                  conflict={conflict}
                  onReload={() => {
                    setConflict(null);
                    setPending(null);
                    void reload();
                  }}
                  onApplyMine={() => pending && conflict && void submitVerdict(pending, conflict.current.version)}
                  noteRef={noteRef}
                  reviewers={reviewers}
                  source={source}
                  onSourceChange={setSource}
                />
              }
              extra={
                <CheckedBefore
                  key={selected.id}
                  claimId={selected.id}
                  version={selected.version}
                  busy={busy}
                  matchingRunning={matching.running}
                  onReused={(fresh) => {
                    setDetail(fresh);
                    upsert(fresh.claim);
                    setConflict(null);
                  }}
                  onConflict={(c) => {
                    setConflict(c);
                    upsert(c.current);
                  }}
                />
              }
              splitTools={<SplitTools key={`${selected.id}-${selected.version}`} claim={selected} hasNext={claims.some((c) => c.start > selected.start)} onResult={runSplit} />}
              onAssign={(userId) => run(() => assignAction({ claimId: selected.id, userId }))}
              onAddEvidence={(input) => run(() => addEvidenceAction({ claimId: selected.id, ...input }))}
              onRemoveEvidence={(evidenceId) => run(() => removeEvidenceAction({ claimId: selected.id, evidenceId }))}
              onAddComment={(bodyText) => run(() => addCommentAction({ claimId: selected.id, body: bodyText }))}
              onConfirmVerdict={() => run(() => confirmVerdictAction({ claimId: selected.id, version: selected.version }))}
              onSendBack={(sendBackNote) => run(() => sendBackVerdictAction({ claimId: selected.id, version: selected.version, note: sendBackNote }))}
              onConfirmRecheck={async (recheckNote) => (await run(() => confirmRecheckAction({ claimId: selected.id, version: selected.version, note: recheckNote }))).ok}
            />
          ) : (
            <p className="text-sm text-stone-600">Select a claim in the text to review it.</p>
          )}
        </aside>
      </div>
      <OrphanedClaims
        orphans={orphans}
        selection={textSelection}
        busy={busy}
        onRestore={async (o) => {
          if (!textSelection) return;
          const result = await runSplit(() => restoreOrphanAction({ claimId: o.id, version: o.version, ...textSelection }));
          setDeskError(result.ok ? null : result.error);
          if (result.ok) live.setOrphans((list) => list.filter((x) => x.id !== o.id));
        }}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
