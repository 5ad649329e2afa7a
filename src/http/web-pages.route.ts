import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Router } from "express";
import { PAGE_CSP } from "./csp.js";

/** Where `npm run build:web` (and `npm start`, when they are missing or stale) puts the bundled pages. */
export const WEB_DIST = fileURLToPath(new URL("../../dist/web", import.meta.url));

/**
 * One of the bundled pages (explore, review): its HTML shell at the root, its script and
 * style sheet beside it, all under the same CSP as GraphiQL. A missing build answers 503
 * with the command that makes it, rather than a blank page.
 */
export function webPageRouter(page: string, dist = WEB_DIST): Router {
  const router = express.Router();
  const folder = path.join(dist, page);
  const html = path.join(folder, "index.html");
  router.get("/", (_req, res) => {
    if (!existsSync(html)) {
      res.status(503).type("text").send(`The ${page} page has not been built. Run \`npm run build:web\` (npm start does it too).`);
      return;
    }
    res.set("Content-Security-Policy", PAGE_CSP).set("Cache-Control", "no-cache").sendFile(html);
  });
  router.use(express.static(folder, { index: false, fallthrough: false, maxAge: 0, setHeaders: (res) => res.set("Content-Security-Policy", PAGE_CSP) }));
  return router;
}
