/** The package ships no types; this is the part ClaimDesk uses. */
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
