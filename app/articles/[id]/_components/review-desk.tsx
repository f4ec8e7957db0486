"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Verdict } from "@/lib/vocabulary";
import { noteRequired } from "@/lib/claim-rules";
import type { ActionResult } from "@/server/action";
import type { MatchingProgress } from "@/services/matches";
import { MatchingStatus } from "./matching-status";
import { addCommentAction, addEvidenceAction, assignAction, makeClaimAction, removeEvidenceAction, setVerdictAction } from "../actions";
import { ArticleText } from "./article-text";
import { ClaimPanel } from "./claim-panel";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useClaimDetail } from "../_hooks/use-claim-detail";
import { useLiveClaims } from "../_hooks/use-live-claims";
import { VerdictForm } from "./verdict-form";
import { SplitTools } from "./split-tools";
import { CheckedBefore } from "./checked-before";
import { selectionInBody } from "../_hooks/text-selection";
import type { ClaimDetailJson, Conflict, ReviewClaim, Reviewer, SplitEditResult, Viewer } from "./types";

type Props = {
  articleId: number;
  body: string;
  initialClaims: ReviewClaim[];
  initialMatching: MatchingProgress;
  viewer: Viewer;
  reviewers: Reviewer[];
  initialClaimId?: number | null;
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable));
}

/** The review page's interactive part: highlighted text, claim panel, keyboard review, live updates. */
export function ReviewDesk({ articleId, body, initialClaims, initialMatching, viewer, reviewers, initialClaimId }: Props) {
  const { claims, setClaims, upsert, matching } = useLiveClaims(articleId, initialClaims, initialMatching);
  const textRef = useRef<HTMLDivElement>(null);
  const [textSelection, setTextSelection] = useState<{ start: number; end: number } | null>(null);
  const reviewable = useMemo(() => claims.filter((c) => c.checkworthy || c.status !== "unreviewed"), [claims]);
  const [selectedId, setSelectedId] = useState<number | null>(initialClaimId ?? reviewable[0]?.id ?? claims[0]?.id ?? null);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const { detail, setDetail, loading, reload } = useClaimDetail(selectedId);

  const [note, setNote] = useState("");
  const [pending, setPending] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const select = useCallback((id: number) => {
    setSelectedId(id);
    setNote("");
    setPending(null);
    setError(null);
    setConflict(null);
    document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "nearest" });
  }, []);

  // Someone else changed the selected claim: refresh its evidence, comments and history.
  useEffect(() => {
    if (selected && detail && selected.version !== detail.claim.version && !busy) void reload();
  }, [selected, detail, busy, reload]);

  /** Runs an action; on success applies the fresh detail to the panel and the text. */
  const run = useCallback(
    async (action: () => Promise<ActionResult<ClaimDetailJson>>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const result = await action();
        if (!result.ok) {
          const current = result.details?.current as Conflict["current"] | undefined;
          if (current) {
            setConflict({ message: result.error, current });
            upsert(current);
          } else setError(result.error);
          return false;
        }
        if (result.data) {
          setDetail(result.data);
          upsert(result.data.claim);
        }
        return true;
      } catch {
        setError("Could not reach the server. Nothing was saved; try again.");
        return false;
      } finally {
        setBusy(false);
      }
    },
    [setDetail, upsert],
  );

  /** Split edits change the claim list itself: take the server's list and selection. */
  const runSplit = useCallback(
    async (action: () => Promise<ActionResult<SplitEditResult>>): Promise<ActionResult<SplitEditResult> | null> => {
      setBusy(true);
      setError(null);
      try {
        const result = await action();
        if (!result.ok) {
          if (!result.details?.needsChoice) setError(result.error);
        } else if (result.data) {
          setClaims(result.data.claims);
          if (result.data.selectedId) {
            setSelectedId(result.data.selectedId);
            setDetail(result.data.detail);
          }
          setConflict(null);
          setPending(null);
        }
        return result;
      } catch {
        setError("Could not reach the server. Nothing was changed; try again.");
        return null;
      } finally {
        setBusy(false);
      }
    },
    [setClaims, setDetail],
  );

  useEffect(() => {
    const onSelection = () => setTextSelection(selectionInBody(textRef.current));
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  const submitVerdict = useCallback(
    async (status: Verdict, version?: number) => {
      if (!selected) return;
      if (noteRequired(status) && !note.trim()) {
        setPending(status);
        setError(`A note is required for ${status === "disputed" ? "Disputed" : "Needs a source"}: say why, then press Enter.`);
        noteRef.current?.focus();
        return;
      }
      setPending(status);
      const ok = await run(() => setVerdictAction({ claimId: selected.id, status, note, version: version ?? selected.version }));
      if (ok) {
        setNote("");
        setPending(null);
        setConflict(null);
        document.getElementById(`claim-${selected.id}`)?.focus();
      }
    },
    [selected, note, run],
  );

  const move = useCallback(
    (delta: number) => {
      if (reviewable.length === 0) return;
      const index = reviewable.findIndex((c) => c.id === selectedId);
      const next = index < 0 ? (delta > 0 ? 0 : reviewable.length - 1) : Math.min(Math.max(index + delta, 0), reviewable.length - 1);
      select(reviewable[next].id);
      document.getElementById(`claim-${reviewable[next].id}`)?.focus();
    },
    [reviewable, selectedId, select],
  );

  const assignToMe = useCallback(() => {
    if (selected) void run(() => assignAction({ claimId: selected.id, userId: viewer.id }));
  }, [selected, run, viewer.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === "Escape" && isTyping(e.target)) {
        (e.target as HTMLElement).blur();
        if (selectedId) document.getElementById(`claim-${selectedId}`)?.focus();
        return;
      }
      if (isTyping(e.target) || helpOpen) return;
      const actions: Record<string, () => void> = {
        j: () => move(1),
        ArrowDown: () => move(1),
        ArrowRight: () => move(1),
        k: () => move(-1),
        ArrowUp: () => move(-1),
        ArrowLeft: () => move(-1),
        s: () => void submitVerdict("supported"),
        d: () => void submitVerdict("disputed"),
        n: () => void submitVerdict("needs_source"),
        a: assignToMe,
        "?": () => setHelpOpen(true),
      };
      const handler = actions[e.key];
      if (handler && !(e.target instanceof HTMLButtonElement && (e.key === "ArrowLeft" || e.key === "ArrowRight"))) {
        e.preventDefault();
        handler();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [move, submitVerdict, assignToMe, helpOpen, selectedId]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="rounded border border-stone-200 bg-white p-5">
        <div className="mb-3 flex flex-wrap items-center gap-3 border-b border-stone-100 pb-2 text-sm text-stone-600">
          <button
            type="button"
            disabled={!textSelection || busy}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => textSelection && void runSplit(() => makeClaimAction({ articleId, ...textSelection }))}
            className="rounded border border-stone-300 px-2 py-1 text-stone-800 disabled:opacity-50"
          >
            Make this a claim
          </button>
          <span>{textSelection ? `${textSelection.end - textSelection.start} characters selected` : "Select words in the text to make or trim a claim."}</span>
        </div>
        <MatchingStatus progress={matching} />
        <div ref={textRef}>
          {claims.length === 0 ? (
            <p className="text-stone-600">This article has no claims.</p>
          ) : (
            <ArticleText body={body} claims={claims} selectedId={selectedId} onSelect={select} />
          )}
        </div>
      </div>
      <aside aria-label="Selected claim" className="self-start rounded border border-stone-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <div className="mb-2 flex justify-between text-xs text-stone-600">
          <span>{reviewable.filter((c) => c.status !== "unreviewed").length} of {reviewable.length} check-worthy claims reviewed</span>
          <button type="button" onClick={() => setHelpOpen(true)} className="underline">Shortcuts (?)</button>
        </div>
        {selected ? (
          <ClaimPanel
            claim={selected}
            detail={detail}
            loading={loading}
            viewer={viewer}
            reviewers={reviewers}
            busy={busy}
            error={conflict ? null : error}
            verdictForm={
              <VerdictForm
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
                  setError(null);
                }}
                onConflict={(c) => {
                  setConflict(c);
                  upsert(c.current);
                }}
              />
            }
            splitTools={
              <SplitTools key={`${selected.id}-${selected.version}`} claim={selected} hasNext={claims.some((c) => c.start > selected.start)} onResult={runSplit} />
            }
            onAssign={(userId) => void run(() => assignAction({ claimId: selected.id, userId }))}
            onAddEvidence={(input) => run(() => addEvidenceAction({ claimId: selected.id, ...input }))}
            onRemoveEvidence={(evidenceId) => void run(() => removeEvidenceAction({ claimId: selected.id, evidenceId }))}
            onAddComment={(bodyText) => run(() => addCommentAction({ claimId: selected.id, body: bodyText }))}
          />
        ) : (
          <p className="text-sm text-stone-600">Select a claim in the text to review it.</p>
        )}
      </aside>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
