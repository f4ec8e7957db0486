import { listDecisionRows, listVerdictRows } from "@/db/desk-labels";
import type { Conn } from "@/db/transaction";
import type { DeskLabel } from "@/lib/checkworthiness/dataset";
import { deskLabelsFrom } from "@/lib/checkworthiness/desk-labels";
import { requireCapability, type Actor } from "../actor";

/**
 * Desk labels from the history: every reviewer's check-worthiness decision, by the rule of
 * lib/checkworthiness/desk-labels.ts (docs/checkworthiness.md, "On the desk").
 */
export function collectDeskLabels(db: Conn): DeskLabel[] {
  return deskLabelsFrom(listDecisionRows(db), listVerdictRows(db));
}

/** The labels a retrain would use now (`cli model train --with-desk`, the Model page). */
export async function getDeskLabels(db: Conn, actor: Actor): Promise<DeskLabel[]> {
  requireCapability(actor, "model:manage");
  return collectDeskLabels(db);
}
