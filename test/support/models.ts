import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/db/connection";
import { finishModel, insertTrainingModel, nextModelId } from "@/db/models";
import { writeTransaction } from "@/db/transaction";
import type { ModelFile } from "@/lib/checkworthiness/model";

const SHIPPED = path.resolve(import.meta.dirname, "../../lib/checkworthiness/model-v5.json");

/**
 * A ready model in the database without training one: the shipped weights with `shift` added to
 * both stages' bias (negative: every sentence scores lower). Returns its version.
 */
export function installModel(db: Db, createdBy: number, shift: number): string {
  const file = JSON.parse(fs.readFileSync(SHIPPED, "utf8")) as ModelFile;
  file.fast.bias += shift;
  file.full.bias += shift;
  return writeTransaction(db, (tx) => {
    const id = nextModelId(tx);
    const version = `cw-desk-${id}`;
    insertTrainingModel(tx, { id, version, seed: 1, deskLabels: 0, createdBy, at: new Date() });
    finishModel(tx, id, { weights: JSON.stringify({ ...file, version }), figures: { installedByTest: true }, at: new Date() });
    return version;
  });
}
