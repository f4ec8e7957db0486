/**
 * Query strings, read once the same way everywhere: keys repeat (take the first), forms send ""
 * for untouched fields (treat as absent), and values carry stray spaces (trim).
 */
export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** One query value as a zod preprocessor sees it: the first of a repeated key, trimmed, "" → undefined. */
export function queryValue(value: unknown): unknown {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string") return v;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** The parameters as a plain record of single, trimmed, non-empty strings. */
export function queryRecord(params: QueryParams): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, raw] of entries) {
    if (key in out) continue;
    const value = queryValue(raw);
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
