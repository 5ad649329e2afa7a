import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fontsRouter } from "./fonts.route.js";
import { webPageRouter } from "./web-pages.route.js";

describe("the bundled pages and fonts over HTTP", () => {
  let dist: string;
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), "diplograph-web-"));
    mkdirSync(path.join(dist, "explore"));
    writeFileSync(path.join(dist, "explore", "index.html"), "<!doctype html><title>x</title>");
    writeFileSync(path.join(dist, "explore", "explore.js"), "void 0;");
    const app = express();
    app.use("/fonts", fontsRouter());
    app.use("/explore", webPageRouter("explore", dist));
    app.use("/review", webPageRouter("review", dist));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close?.();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves a page and its script under a CSP that allows only this origin", async () => {
    for (const url of ["/explore", "/explore/explore.js"]) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:/);
    }
  });

  it("answers 503 with the command to run when a page was never built, and 404 for a file it lacks", async () => {
    const missing = await fetch(`${base}/review`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain("npm run build:web");
    expect((await fetch(`${base}/explore/nothing.js`)).status).toBe(404);
  });

  it("serves Thai and Khmer faces, each limited to its script, from the packages' own files", async () => {
    const css = await (await fetch(`${base}/fonts/fonts.css`)).text();
    const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(css).toContain('font-family: "Noto Sans Thai"');
    expect(css).toContain('font-family: "Noto Sans Khmer"');
    expect(css).toContain("unicode-range: U+0E01-0E5B");
    expect(urls.length).toBe(4);
    for (const url of urls) {
      expect(url.startsWith("/fonts/")).toBe(true);
      const font = await fetch(`${base}${url}`);
      expect(font.status, url).toBe(200);
      expect(
        Buffer.from(await font.arrayBuffer())
          .subarray(0, 4)
          .toString("latin1"),
      ).toBe("wOF2");
    }
    expect((await fetch(`${base}/fonts/other.woff2`)).status).toBe(404);
  });
});
