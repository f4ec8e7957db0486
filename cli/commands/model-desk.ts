/**
 * `model train --with-desk --as EMAIL [--seed N] [--out FILE]`: desk labels from the database.
 * Without --out, the model is trained by the Model page's service and recorded in the database
 * (the newest ready model is the one in use); with --out, it is written to the file only.
 */
import { writeFile } from "node:fs/promises";
import { loadCorpus } from "@/lib/checkworthiness/corpus";
import { corpusSentences, deskSentences } from "@/lib/checkworthiness/dataset";
import { withoutHeldOut } from "@/lib/checkworthiness/desk-labels";
import { fitModel } from "@/lib/checkworthiness/fit";
import { heldOutSentences } from "@/lib/checkworthiness/retrain";
import { isAppError } from "@/lib/errors";
import { getDeskLabels, getTraining, startRetrain, waitForTraining } from "@/services/checkworthiness";
import { actorByEmail } from "@/services/users";
import { openCliDatabase } from "../db";
import { serialiseModel } from "./model";

export async function trainFromDatabase(o: { as?: string; out?: string; seed: number }): Promise<number> {
  if (!o.as) {
    process.stderr.write("model train: --with-desk without a file reads the labels from the database and needs --as EMAIL (a lead or admin)\n");
    return 2;
  }
  const db = openCliDatabase();
  try {
    const actor = await actorByEmail(db, o.as);
    if (!actor) {
      process.stderr.write(`model train: no active user with the email ${o.as}\n`);
      return 1;
    }
    const labels = await getDeskLabels(db, actor);
    if (o.out) {
      const { kept, heldOut } = withoutHeldOut(labels, heldOutSentences());
      const trainSet = [...corpusSentences(loadCorpus(["train"])), ...deskSentences(kept)];
      const file = fitModel(trainSet, corpusSentences(loadCorpus(["dev"])), { seed: o.seed });
      await writeFile(o.out, serialiseModel(file), "utf8");
      process.stdout.write(`wrote ${o.out}: seed ${o.seed}, ${kept.length} desk labels from the database (${heldOut} held out), threshold ${file.threshold}\n`);
      return 0;
    }
    const started = await startRetrain(db, actor, { seed: o.seed });
    process.stderr.write(`training ${started.version} with ${labels.length} desk labels (seed ${o.seed})…\n`);
    await waitForTraining(db, started.id);
    const done = await getTraining(db, actor, { id: started.id });
    if (done.status !== "ready" || !done.figures) {
      process.stderr.write(`model train: ${done.version} ${done.status}: ${done.error ?? "no figures"}\n`);
      return 1;
    }
    const t = done.figures.dev;
    process.stdout.write(
      `${done.version} is ready and in use: ${done.figures.deskLabels.used} desk labels (${done.figures.deskLabels.heldOut} held out), threshold ${done.figures.threshold}, ` +
        `dev F1 ${t.en.f1} (en) ${t.es.f1} (es)\n`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`model train: ${error.message}\n`);
    return 1;
  } finally {
    db.$client.close();
  }
}
