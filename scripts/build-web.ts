import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = path.join(ROOT, "web");
/** Where the server reads the pages from (src/http/web.route.ts). */
export const WEB_DIST = path.join(ROOT, "dist", "web");
const STAMP = path.join(WEB_DIST, ".stamp");

/** The pages: each folder of web/ with a main.ts beside its index.html. */
const PAGES = readdirSync(SOURCE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(SOURCE, entry.name, "main.ts")))
  .map((entry) => entry.name);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * A digest of everything the bundle is made from: the pages' sources and the locked
 * versions of the libraries they bundle. Comparing digests, not times, means a checkout
 * or a branch switch that restores older files still counts as a change.
 */
function sourceDigest(): string {
  const hash = createHash("sha256");
  for (const file of [...filesUnder(SOURCE).sort(), path.join(ROOT, "package-lock.json"), fileURLToPath(import.meta.url)]) {
    hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** True when dist/web is missing or was built from other sources. */
export function webIsStale(): boolean {
  if (!existsSync(STAMP)) return true;
  if (PAGES.some((page) => !existsSync(path.join(WEB_DIST, page, "index.html")))) return true;
  return readFileSync(STAMP, "utf8").trim() !== sourceDigest();
}

/** Bundles the pages into dist/web: every library inlined, so the browser fetches nothing but this server's files. */
export async function buildWeb(options: { ifStale?: boolean; log?: (message: string) => void } = {}): Promise<boolean> {
  if (options.ifStale && !webIsStale()) return false;
  const digest = sourceDigest();
  // Built beside the old pages and swapped in whole, so a server (or a second test run)
  // reading dist/web never sees half a build.
  const staging = `${WEB_DIST}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    entryPoints: PAGES.map((page) => ({ in: path.join(SOURCE, page, "main.ts"), out: `${page}/${page}` })),
    outdir: staging,
    bundle: true,
    minify: true,
    sourcemap: "linked",
    format: "iife",
    target: ["chrome110", "firefox110", "safari16"],
    tsconfig: path.join(SOURCE, "tsconfig.json"),
    logLevel: "warning",
    legalComments: "linked",
  });
  for (const page of PAGES) {
    copyFileSync(path.join(SOURCE, page, "index.html"), path.join(staging, page, "index.html"));
  }
  writeFileSync(path.join(staging, ".stamp"), `${digest}\n`);
  mkdirSync(path.dirname(WEB_DIST), { recursive: true });
  rmSync(WEB_DIST, { recursive: true, force: true });
  renameSync(staging, WEB_DIST);
  options.log?.(
    `Built the web pages into ${path.relative(ROOT, WEB_DIST)} (${PAGES.map((p) => `${p}.js ${Math.round(statSync(path.join(WEB_DIST, p, `${p}.js`)).size / 1024)} kB`).join(", ")}).`,
  );
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const ifStale = process.argv.includes("--if-stale");
  const built = await buildWeb({ ifStale, log: console.log });
  if (!built) console.log("The web pages are up to date.");
}
