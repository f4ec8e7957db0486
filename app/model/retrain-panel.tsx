"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/form";
import { usePolling } from "@/components/use-polling";
import { loadTrainingAction, retrainAction } from "./actions";
import type { ModelViewJson } from "./types";

const POLL_MS = 1000;

type Message = { ok: boolean; text: string };

function outcome(t: ModelViewJson): Message | null {
  if (t.status === "ready") return { ok: true, text: `${t.version} is trained and now in use. Newly imported articles are scored with it.` };
  if (t.status === "failed") return { ok: false, text: `${t.version} failed: ${t.error ?? "training stopped"}. The model in use did not change.` };
  if (t.status === "interrupted") return { ok: false, text: `${t.version} was interrupted (the server stopped). Retrain to try again.` };
  return null;
}

/** The Retrain button, and the running retrain's progress (polled) until it is over. */
export function RetrainPanel({ initial, labelsUsed }: { initial: ModelViewJson | null; labelsUsed: number }) {
  const router = useRouter();
  const [training, setTraining] = useState<ModelViewJson | null>(initial?.status === "training" ? initial : null);
  const [message, setMessage] = useState<Message | null>(initial && initial.status === "interrupted" ? outcome(initial) : null);
  const [starting, setStarting] = useState(false);
  const runningId = training?.status === "training" ? training.id : null;

  usePolling(runningId, POLL_MS, async (live) => {
    if (runningId === null) return true;
    const result = await loadTrainingAction({ id: runningId });
    if (!live()) return true;
    if (result.ok && result.data) {
      setTraining(result.data);
      if (result.data.status !== "training") {
        setMessage(outcome(result.data));
        router.refresh();
        return true;
      }
    }
  });

  const start = async () => {
    setStarting(true);
    setMessage(null);
    const result = await retrainAction({});
    setStarting(false);
    if (result.ok && result.data) {
      setTraining(result.data);
      router.refresh(); // the new row joins the list of retrains
    } else if (!result.ok) {
      setMessage({ ok: false, text: result.error });
      const running = result.details?.training as ModelViewJson | undefined;
      if (running?.status === "training") setTraining(running);
    }
  };

  const busy = starting || runningId !== null;
  return (
    <div className="space-y-3" data-testid="retrain-panel">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={start} disabled={busy} data-testid="retrain-button">
          {starting ? "Starting…" : runningId !== null ? "Retraining…" : "Retrain"}
        </Button>
        <p className="text-sm text-stone-700">
          Trains on the corpus&apos;s train split plus {labelsUsed} desk {labelsUsed === 1 ? "label" : "labels"} (seed 1: the same labels give the same model). It runs in the background; this page
          shows its progress.
        </p>
      </div>
      {training && training.status === "training" && (
        <div className="space-y-1" data-testid="retrain-progress">
          <div className="flex justify-between text-sm">
            <span>
              Training <strong>{training.version}</strong>: <span data-testid="retrain-phase">{training.phase}</span>
            </span>
            <span className="tabular-nums" data-testid="retrain-percent">{training.percent}%</span>
          </div>
          <div role="progressbar" aria-label={`Training ${training.version}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={training.percent} className="h-2 w-full overflow-hidden rounded bg-stone-200">
            <div className="h-full bg-sky-700 transition-[width]" style={{ width: `${training.percent}%` }} />
          </div>
        </div>
      )}
      {message && (
        <p role="status" data-testid="retrain-message" className={`rounded px-3 py-2 text-sm ${message.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
