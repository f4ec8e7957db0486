"use client";

import { useEffect } from "react";
import type { Verdict } from "@/lib/vocabulary";

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable));
}

/** The desk's keyboard: j/k (and arrows) move, s/d/n give a verdict, a assigns to me, ? shows help. */
export function useReviewKeys(handlers: {
  move: (delta: number) => void;
  verdict: (status: Verdict) => void;
  assignToMe: () => void;
  help: () => void;
  focusSelected: () => void;
  disabled: boolean;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === "Escape" && isTyping(e.target)) {
        (e.target as HTMLElement).blur();
        handlers.focusSelected();
        return;
      }
      if (isTyping(e.target) || handlers.disabled) return;
      const actions: Record<string, () => void> = {
        j: () => handlers.move(1),
        ArrowDown: () => handlers.move(1),
        ArrowRight: () => handlers.move(1),
        k: () => handlers.move(-1),
        ArrowUp: () => handlers.move(-1),
        ArrowLeft: () => handlers.move(-1),
        s: () => handlers.verdict("supported"),
        d: () => handlers.verdict("disputed"),
        n: () => handlers.verdict("needs_source"),
        a: handlers.assignToMe,
        "?": handlers.help,
      };
      const handler = actions[e.key];
      if (handler && !(e.target instanceof HTMLButtonElement && (e.key === "ArrowLeft" || e.key === "ArrowRight"))) {
        e.preventDefault();
        handler();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [handlers]);
}
