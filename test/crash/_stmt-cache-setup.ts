// TEMPORARY (validation of a proposal, not part of the suite): a per-connection statement cache.
import Database from "better-sqlite3";
const proto = Database.prototype as any;
const original = proto.prepare;
const caches = new WeakMap<object, Map<string, any>>();
let hits = 0;
proto.prepare = function (this: any, source: string) {
  let cache = caches.get(this);
  if (!cache) caches.set(this, (cache = new Map()));
  const hit = cache.get(source);
  if (hit && !hit.busy) {
    hits++;
    if (hit.reader) hit.raw(false).pluck(false).expand(false);
    return hit;
  }
  const stmt = original.call(this, source);
  if (!hit) {
    if (cache.size >= 500) cache.delete(cache.keys().next().value);
    cache.set(source, stmt);
  }
  return stmt;
};
(globalThis as any).__stmtCacheHits = () => hits;
