import path from "node:path";
import { tmpdir } from "node:os";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { RECIPES } from "../src/http/graphiql-recipes.js";
import type { RunningServer } from "../src/server/start-server.js";
import { chromiumMissing, editorText, launchChromium, recordPage } from "./support/browser.js";
import { screenshotPath } from "./support/screenshots.js";
import { TestHelper } from "./support/test-helper.js";

const missing = chromiumMissing();
if (missing) console.warn(`Skipping the GraphiQL browser test: ${missing}.`);

/** Set GRAPHIQL_SCREENSHOT=1 to keep a picture of the page after the search ran, to look at. */
const SCREENSHOT = process.env.GRAPHIQL_SCREENSHOT ? path.join(tmpdir(), "diplograph-graphiql.png") : null;

describe.skipIf(missing !== null)("GraphiQL in a real browser", () => {
  let helper: TestHelper;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    helper = await TestHelper.create();
    await loadCorpus(helper.executor);
    server = await helper.startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await helper?.close();
  });

  it("runs the first recipe, a search, and shows its answer, loading nothing from anywhere but this server", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const record = await recordPage(page);
    await page.goto(`${server.url}/graphiql`);

    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    expect(await editorText(page, ".graphiql-query-editor")).toBe(RECIPES[0]?.query);

    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => editorText(page, ".result-window"), { timeout: 15_000 }).toContain("Sok Chenda Sophea");
    const result = JSON.parse(await editorText(page, ".result-window")) as { data?: { search: { entity: { name: string }; context: string }[] }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.map((h) => h.entity.name)).toEqual(expect.arrayContaining(["Sok Chenda Sophea", "Eat Sophea"]));
    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });

    const origin = new URL(server.url);
    expect(origin.hostname).toBe("127.0.0.1");
    expect(record.requests.length).toBeGreaterThan(4);
    for (const url of record.requests) {
      expect(new URL(url).protocol === "data:" || new URL(url).host === origin.host, url).toBe(true);
    }
    expect(record.requests).toContain(`${server.url}/graphql`);
    expect(record.failedRequests).toEqual([]);
    expect(record.errorResponses).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    // Chromium asks for /favicon.ico on its own (Playwright does not report that request); it is no asset of the page.
    expect(record.consoleErrors.filter((m) => !m.endsWith("/favicon.ico]"))).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await page.close();
  });

  it("runs a recipe that takes variables from its own tab", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const sent: unknown[] = [];
    page.on("request", (request) => {
      if (request.url() === `${server.url}/graphql` && request.method() === "POST") sent.push(request.postDataJSON());
    });
    await page.goto(`${server.url}/graphiql`);
    const tab = page.getByRole("button", { name: "An official's page", exact: true });
    await tab.click();
    await expect.poll(() => editorText(page, ".graphiql-query-editor")).toContain("query OfficialPage");
    // The tab's variables reach their editor a moment after the query. Run at once: GraphiQL
    // may not have parsed the new query's operation name yet, which the page's fetcher mends.
    await expect.poll(() => editorText(page, ".graphiql-editor-tool")).toContain("official:s47nxbs4rl");
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => editorText(page, ".result-window"), { timeout: 15_000 }).toContain("Minister of Foreign Affairs and International Cooperation");
    expect(sent.at(-1)).toMatchObject({ operationName: "OfficialPage", variables: { id: "official:s47nxbs4rl" } });
    await page.close();
  });

  it("is readable at 1280 px: recipe titles on tabs that stay on screen, comments wrapped, Thai and Khmer fonts, a link to the explorer", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const record = await recordPage(page);
    await page.goto(`${server.url}/graphiql`);
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    const titles = () => page.$$eval(".graphiql-tab-button", (buttons) => buttons.map((b) => b.getAttribute("aria-label")));
    await expect.poll(titles, { timeout: 15_000 }).toEqual(RECIPES.map((r) => r.title));
    // Every tab is on screen: the row wraps rather than scrolling sideways.
    const tabs = await page.$eval(".graphiql-tabs", (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(tabs.scroll).toBeLessThanOrEqual(tabs.client);
    for (const box of await page.locator(".graphiql-tab").all()) {
      const b = await box.boundingBox();
      expect(b && b.x + b.width).toBeLessThanOrEqual(1280);
    }
    // Each recipe's longest line fits its editor: lines wrap, none runs off to the right.
    for (const recipe of RECIPES) {
      await page.getByRole("button", { name: recipe.title, exact: true }).click();
      await expect.poll(() => editorText(page, ".graphiql-query-editor")).toBe(recipe.query);
      const editor = await page.$eval(".graphiql-query-editor .CodeMirror-scroll", (el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(editor.scroll, recipe.title).toBeLessThanOrEqual(editor.client + 1);
    }
    await page.getByRole("button", { name: "Search in Thai", exact: true }).click();
    await page.screenshot({ path: screenshotPath("graphiql-1280") });
    const loaded = (await page.evaluate(
      `Promise.all([document.fonts.load('16px "Noto Sans Thai"', "กรมอาเซียน"), document.fonts.load('16px "Noto Sans Khmer"', "កម្ពុជា")]).then((sets) => sets.flat().map((f) => f.family + " " + f.status))`,
    )) as string[];
    expect(loaded).toEqual(expect.arrayContaining(["Noto Sans Thai loaded", "Noto Sans Khmer loaded"]));
    const link = page.getByRole("link", { name: /Explore the graph/ });
    expect(await link.getAttribute("href")).toBe("/explore");
    expect(record.consoleErrors.filter((m) => !m.endsWith("/favicon.ico]"))).toEqual([]);
    expect(record.cspViolations).toEqual([]);
    expect(record.failedRequests).toEqual([]);
    await page.close();
  });

  it("opens GraphiQL from the root URL", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe("/graphiql");
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()?.url()).toBe(`${server.url}/`);
    await page.close();
  });
});
