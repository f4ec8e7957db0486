/** Seeded draws, name tables and a batched multi-row INSERT for seed-load. */
import type Database from "better-sqlite3";
import { mulberry32 } from "@/lib/prng";

/** Seeded draws for synthetic data: uniform, integers, picks and a Gaussian. */
export function prng(seed: number) {
  const next = mulberry32(seed >>> 0 || 0x9e3779b9);
  let spare: number | null = null;
  const gauss = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = next() || 1e-12;
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    gauss,
    int: (n: number) => Math.floor(next() * n),
    /** Lognormal with the given median and σ (of the log). */
    lognormal: (median: number, sigma: number) => median * Math.exp(sigma * gauss()),
    exp: (mean: number) => -mean * Math.log(1 - next()),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

export const FIRST = ["Ana", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jon", "Kira", "Luis", "Mai", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoe"];
export const LAST = ["Adler", "Baptiste", "Costa", "Dahl", "Eze", "Fischer", "García", "Haddad", "Ito", "Jensen", "Kowalski", "López", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka"];
export const SUBJECTS = ["The city budget", "Unemployment", "The school board", "Hospital wait times", "Rent", "The new tax", "Crime", "Turnout", "Emissions", "The deficit", "Ridership", "Wages"];
export const VERBS = ["rose", "fell", "grew", "dropped", "doubled", "climbed", "shrank", "stayed near"];
export const SUBJECTS_ES = ["El presupuesto", "El desempleo", "La matrícula", "La espera", "El alquiler", "El impuesto", "La criminalidad", "La participación"];
export const VERBS_ES = ["subió", "bajó", "creció", "cayó", "se duplicó", "aumentó"];

export class Batcher {
  private readonly buffer: unknown[] = [];
  private rows = 0;
  private readonly full: Database.Statement;
  count = 0;
  constructor(
    private readonly client: Database.Database,
    private readonly head: string,
    private readonly columns: number,
    private readonly batch: number,
  ) {
    this.full = client.prepare(this.sql(batch));
  }
  private sql(rows: number) {
    const tuple = `(${Array(this.columns).fill("?").join(",")})`;
    return `${this.head} VALUES ${Array(rows).fill(tuple).join(",")}`;
  }
  push(...values: unknown[]) {
    for (const v of values) this.buffer.push(v);
    this.rows++;
    this.count++;
    if (this.rows === this.batch) {
      this.full.run(this.buffer);
      this.buffer.length = 0;
      this.rows = 0;
    }
  }
  flush() {
    if (this.rows > 0) this.client.prepare(this.sql(this.rows)).run(this.buffer);
    this.buffer.length = 0;
    this.rows = 0;
  }
}

