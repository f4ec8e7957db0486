"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const key = (articleId: number, claimId: number) => `claimdesk.noteDraft.${articleId}.${claimId}`;

function readDraft(articleId: number, claimId: number | null): string {
  if (claimId === null) return "";
  try {
    return window.sessionStorage.getItem(key(articleId, claimId)) ?? "";
  } catch {
    return ""; // storage blocked: drafts then live only while the page is open
  }
}

function writeDraft(articleId: number, claimId: number | null, text: string) {
  if (claimId === null) return;
  try {
    if (text) window.sessionStorage.setItem(key(articleId, claimId), text);
    else window.sessionStorage.removeItem(key(articleId, claimId));
  } catch {
    // storage blocked or full: the draft is still kept in memory below
  }
}

/**
 * The verdict note being typed, one draft per claim: moving to another claim (j/k, a click, the
 * queue advancing) keeps what was typed for the claim left, and coming back brings it back, also
 * after a reload in the same tab. A draft ends when its verdict is saved.
 */
export function useNoteDrafts(articleId: number, claimId: number | null) {
  const [note, setNoteState] = useState("");
  const current = useRef(claimId);
  const memory = useRef(new Map<number, string>());

  const draftOf = useCallback((id: number | null) => (id === null ? "" : (memory.current.get(id) ?? readDraft(articleId, id))), [articleId]);

  // The first claim's draft is read after hydration: the server renders every note empty.
  useEffect(() => {
    setNoteState(draftOf(current.current));
  }, [draftOf]);

  const setNote = useCallback(
    (text: string) => {
      setNoteState(text);
      const id = current.current;
      if (id === null) return;
      memory.current.set(id, text);
      writeDraft(articleId, id, text);
    },
    [articleId],
  );

  /** Shows the draft of another claim (the one left keeps its own). */
  const switchTo = useCallback(
    (id: number) => {
      current.current = id;
      setNoteState(draftOf(id));
    },
    [draftOf],
  );

  /** Ends a claim's draft once its verdict is saved. */
  const discard = useCallback(
    (id: number) => {
      memory.current.delete(id);
      writeDraft(articleId, id, "");
      if (current.current === id) setNoteState("");
    },
    [articleId],
  );

  return { note, setNote, switchTo, discard };
}
