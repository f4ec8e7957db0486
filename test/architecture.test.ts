import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of docs/architecture.md, checked on every source file: app/ → services/ → db/, with
 * lib/ plain domain logic under all of them. A file that imports across a line fails here.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const LAYERS = ["app", "lib", "db", "server", "services", "components", "cli"] as const;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm), ...source.matchAll(/import\(["']([^"']+)["']\)/g)].map((m) => m[1]);
}

const files = Object.fromEntries(LAYERS.map((layer) => [layer, sourceFiles(layer)]));

/** `[file, import]` pairs of a layer whose import matches `forbidden`. */
function violations(layer: (typeof LAYERS)[number], forbidden: RegExp, allowed: RegExp = /$^/): string[] {
  return files[layer].flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec) && !allowed.test(spec)).map((spec) => `${file} → ${spec}`));
}

describe("layers", () => {
  it("lib/ imports no framework, database, service or app code", () => {
    expect(violations("lib", /^(next|react|react-dom|drizzle-orm|better-sqlite3|server-only)(\/|$)|^@\/(db|services|server|app|components)\//)).toEqual([]);
  });

  it("services/ import no Next.js, React or server-only code, and no page or component", () => {
    expect(violations("services", /^(next|react|react-dom|server-only)(\/|$)|^@\/(server|app|components)\//)).toEqual([]);
  });

  it("db/ imports no service, page or component", () => {
    expect(violations("db", /^(next|react)(\/|$)|^@\/(services|server|app|components)\//)).toEqual([]);
  });

  it("app/ reaches storage only through services (and the process's connection in server/db)", () => {
    expect(violations("app", /^@\/db\//)).toEqual([]);
  });

  it("the CLI reaches storage through services, except to open a database and load benchmark data", () => {
    expect(violations("cli", /^@\/db\//, /^@\/db\/(connection|seed\/load)$/)).toEqual([]);
  });

  it("components/ never import app/", () => {
    expect(violations("components", /^@\/app\/|^\.\.\/app\//)).toEqual([]);
  });
});

describe("size", () => {
  it("no source file is over 300 lines", () => {
    const long = LAYERS.flatMap((layer) => files[layer])
      .map((file) => ({ file, lines: fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });
});
