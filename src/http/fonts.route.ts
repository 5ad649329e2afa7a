import { createRequire } from "node:module";
import path from "node:path";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);

const FAMILIES = [
  { family: "Noto Sans Thai", pkg: "@fontsource/noto-sans-thai", file: "noto-sans-thai-thai", range: "U+0E01-0E5B, U+200C-200D, U+25CC" },
  { family: "Noto Sans Khmer", pkg: "@fontsource/noto-sans-khmer", file: "noto-sans-khmer-khmer", range: "U+1780-17FF, U+19E0-19FF, U+200C-200D, U+25CC" },
] as const;
const WEIGHTS = [400, 700] as const;

/** Each font file by the name the style sheet uses, read from its npm package: nothing comes from a font CDN. */
const FILES: Record<string, string> = Object.fromEntries(
  FAMILIES.flatMap(({ pkg, file }) =>
    WEIGHTS.map((weight) => {
      const name = `${file}-${weight}-normal.woff2`;
      return [name, path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "files", name)];
    }),
  ),
);

/**
 * Thai and Khmer faces for every page (GraphiQL, explore, review), so names in those
 * scripts render on machines that have no such fonts. Each face claims only its script's
 * code points, so Latin text keeps the system's font.
 */
const STYLESHEET = FAMILIES.flatMap(({ family, file, range }) =>
  WEIGHTS.map(
    (weight) => `@font-face {
  font-family: "${family}";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("/fonts/${file}-${weight}-normal.woff2") format("woff2");
  unicode-range: ${range};
}`,
  ),
).join("\n");

export function fontsRouter(): Router {
  const router = express.Router();
  router.get("/fonts.css", (_req, res) => {
    res.type("text/css").set("Cache-Control", "public, max-age=86400").send(STYLESHEET);
  });
  router.get("/:name", (req, res) => {
    // An own property only: "constructor" or "__proto__" must not find Object's.
    const file = Object.hasOwn(FILES, req.params.name) ? FILES[req.params.name] : undefined;
    if (!file) {
      res.status(404).type("text").send("No font has this name.");
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
  return router;
}
