import fs from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "/articles/[id]" style route of a file under app/, route groups removed. */
function routeOf(file: string): string {
  const dir = path.dirname(path.relative(APP, file)).split(path.sep).filter((part) => part !== "." && !/^\(.*\)$/.test(part));
  return `/${dir.join("/")}`;
}

/** Every page of the app, from the filesystem. */
export function pageRoutes(): string[] {
  return walk(APP).filter((f) => /[\\/]page\.tsx$/.test(f)).map(routeOf).sort();
}

const METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s+const\s+\{\s*([A-Z,\s]+)\s*\}/g;

/** Every route handler as "METHOD /path", from the filesystem. */
export function apiRoutes(): string[] {
  return walk(APP)
    .filter((f) => /[\\/]route\.ts$/.test(f))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(METHOD)].flatMap((m) => (m[1] ? [m[1]] : m[2].split(",").map((s) => s.trim())));
      return methods.map((method) => `${method} ${routeOf(file)}`);
    })
    .sort();
}

/** Every exported server action as "file#name", from files marked "use server". */
export function serverActions(): string[] {
  return walk(APP)
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const names = [...source.matchAll(/export\s+(?:const|async\s+function)\s+(\w+)/g)].map((m) => m[1]);
      return names.map((name) => `${path.relative(process.cwd(), file).split(path.sep).join("/")}#${name}`);
    })
    .sort();
}

/** The build's id for each server action ("file#name" → id), to call it as the browser does. */
export function actionIds(): Map<string, string> {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}
