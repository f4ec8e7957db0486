import { compareClaims } from "@/lib/matching";

/** compareClaims with the two claims' languages fixed, for tests that compare many pairs in one language pair. */
export const compareIn = (languageA: "en" | "es", languageB: "en" | "es") => (a: string, b: string) => compareClaims(a, b, { languageA, languageB });
export const en = compareIn("en", "en");
export const es = compareIn("es", "es");
export const enEs = compareIn("en", "es");
