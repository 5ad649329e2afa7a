import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { RunningServer } from "../src/server/start-server.js";
import { chromiumMissing, expectClean, launchChromium, recordPage, unlabelledControls } from "./support/browser.js";
import { screenshotPath } from "./support/screenshots.js";
import { TestHelper } from "./support/test-helper.js";

/** The machine may be busy: a first query can take seconds. */
const WAIT = { timeout: 30_000 };

const missing = chromiumMissing();
if (missing) console.warn(`Skipping the explorer's browser test: ${missing}.`);

const SOK_CHENDA_SOPHEA = "official:s47nxbs4rl";
const LAY_CHENDA = "official:r5ongffulk";

interface CanvasState {
  nodes: { id: string; hidden: boolean }[];
  edges: { id: string; hidden: boolean; possible: boolean; path: boolean }[];
}

/** What the canvas holds, read from cytoscape itself. */
const canvas = (page: Page): Promise<CanvasState> =>
  page.evaluate(`(() => {
    const cy = window.explorer.cy;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), hidden: n.hasClass("hidden") })),
      edges: cy.edges().map((e) => ({ id: e.id(), hidden: e.hasClass("hidden"), possible: e.hasClass("possible"), path: e.hasClass("path") })),
    };
  })()`);

/** The page coordinates of a node on the canvas, to click it with the mouse as a person would. */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator("#cy").boundingBox();
  const p = (await page.evaluate(`window.explorer.cy.getElementById(${JSON.stringify(id)}).renderedPosition()`)) as { x: number; y: number };
  if (!box) throw new Error("no canvas");
  return { x: box.x + p.x, y: box.y + p.y };
}

describe.skipIf(missing !== null)("the explorer in a real browser", () => {
  let helper: TestHelper;
  let server: RunningServer;
  let browser: Browser;
  let shared = "";

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

  it("runs search → expand → connection → time slider → export at 1280×800, loading nothing from elsewhere", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const record = await recordPage(page);
    await page.goto(`${server.url}/explore`);
    await page.locator("body[data-ready=true]").waitFor(WAIT);

    // Search: namesakes come with the context that tells them apart.
    await page.getByLabel("Search names in English, Thai or Khmer").fill("Sophea");
    await page.keyboard.press("Enter");
    const hits = page.locator("#results button.hit");
    await expect.poll(() => hits.count(), WAIT).toBeGreaterThanOrEqual(2);
    const sok = hits.filter({ hasText: "Sok Chenda Sophea" });
    const eat = hits.filter({ hasText: "Eat Sophea" });
    expect(await sok.count()).toBe(1);
    expect(await eat.count()).toBe(1);
    expect(await sok.locator(".hit-context").textContent()).not.toBe(await eat.locator(".hit-context").textContent());
    await page.screenshot({ path: screenshotPath("explore-1-search") });

    // The card: every fact with its quote, article, date and certainty.
    await sok.click();
    const card = page.locator("#card article.card");
    await expect.poll(() => card.locator("h2").textContent(), WAIT).toContain("Sok Chenda Sophea");
    const position = card.locator("section[aria-label=Positions] li.fact").first();
    expect(await position.textContent()).toContain("Minister of Foreign Affairs and International Cooperation");
    expect((await position.locator("blockquote.quote").first().textContent())?.length).toBeGreaterThan(20);
    expect(await position.locator(".source").first().textContent()).toMatch(/\d{4}/);
    expect(await position.locator(".certainty").count()).toBeGreaterThan(0);
    expect(await card.locator("section[aria-label=Mentions] li").count()).toBeGreaterThan(0);
    expect((await canvas(page)).nodes.map((n) => n.id)).toEqual([SOK_CHENDA_SOPHEA]);

    // Double-click expands the neighbourhood.
    await page.locator("#cy canvas").first().waitFor(WAIT);
    const at = await nodePoint(page, SOK_CHENDA_SOPHEA);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await canvas(page)).nodes.length, WAIT).toBeGreaterThan(3);
    const expanded = await canvas(page);
    expect(expanded.edges.length).toBeGreaterThan(2);
    await page.screenshot({ path: screenshotPath("explore-2-expanded") });

    // A second entity, then both selected on the canvas: their shortest connections, evidence on each hop.
    await page.getByLabel("Search names in English, Thai or Khmer").fill("Lay Chenda");
    await page.keyboard.press("Enter");
    await hits.filter({ hasText: "Lay Chenda" }).first().click();
    await expect.poll(async () => (await canvas(page)).nodes.some((n) => n.id === LAY_CHENDA), WAIT).toBe(true);
    await page.locator("#fit").click();
    // A tap toggles a node's selection, and the double-click above tapped the first node twice, so
    // click each node only if it is not already selected, as a person would, and see that it is.
    for (const id of [SOK_CHENDA_SOPHEA, LAY_CHENDA]) {
      const selected = () => page.evaluate(`window.explorer.cy.getElementById(${JSON.stringify(id)}).selected()`) as Promise<boolean>;
      if (!(await selected())) {
        const point = await nodePoint(page, id);
        await page.mouse.click(point.x, point.y);
      }
      await expect.poll(selected, WAIT).toBe(true);
    }
    const paths = page.locator("#connections ol.paths > li");
    await expect.poll(() => paths.count(), WAIT).toBeGreaterThan(0);
    const hops = paths.first().locator("li.fact");
    expect(await hops.count()).toBeGreaterThan(1);
    for (const hop of await hops.all()) expect(await hop.locator("blockquote.quote").count()).toBeGreaterThan(0);
    expect((await canvas(page)).edges.filter((e) => e.path).length).toBeGreaterThanOrEqual(await hops.count());
    await page.screenshot({ path: screenshotPath("explore-3-connection") });

    // The time slider, moved by keyboard: keep only the earliest year. Facts that cannot hold then are hidden.
    const before = await canvas(page);
    const toYear = page.getByLabel("to", { exact: true });
    await toYear.focus();
    await page.keyboard.press("Home");
    const kept = await toYear.inputValue();
    await expect.poll(() => new URL(page.url()).searchParams.get("to"), WAIT).toBe(kept);
    const after = await canvas(page);
    expect(after.edges.filter((e) => e.hidden).length).toBeGreaterThan(before.edges.filter((e) => e.hidden).length);
    const from = `${await page.getByLabel("From").inputValue()}-01-01`;
    const to = `${kept}-12-31`;
    const judged = (await page.evaluate(`(() => {
      const { cy, model } = window.explorer;
      return cy.edges().map((e) => ({ hidden: e.hasClass("hidden"), possible: e.hasClass("possible"), span: model.edges.get(e.id())?.relation?.span ?? null }));
    })()`)) as {
      hidden: boolean;
      possible: boolean;
      span: { certainStart: string | null; certainEnd: string | null; possibleStart: string | null; possibleEnd: string | null } | null;
    }[];
    let checked = 0;
    for (const { hidden, possible, span } of judged) {
      if (!span) continue;
      checked += 1;
      const outside = (span.possibleStart ?? "0000") > to || (span.possibleEnd ?? "9999") < from;
      expect(hidden).toBe(outside);
      const certainStart = span.certainStart ?? span.certainEnd;
      const certainEnd = span.certainEnd ?? span.certainStart;
      const certain = certainStart !== null && certainEnd !== null && certainStart <= to && certainEnd >= from;
      if (!hidden) expect(possible).toBe(!certain);
    }
    expect(checked).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath("explore-4-time") });
    shared = page.url();
    await page.keyboard.press("End");
    await expect.poll(() => new URL(page.url()).searchParams.get("to"), WAIT).toBe(null);

    // Export what is drawn: PNG, GraphML, CSV (nodes and edges, with evidence) and JSON.
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`#export-${button}`).click()]);
      const file = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(file) };
    };
    const png = await save("png");
    expect(png.name).toBe("diplograph-view.png");
    expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
    const graphml = (await save("graphml")).bytes.toString("utf8");
    expect(graphml).toContain(`<node id="${SOK_CHENDA_SOPHEA}">`);
    expect(graphml).toMatch(/<edge id="[^"]+" source="[^"]+" target="[^"]+"><data key="type">/);
    expect(graphml).toContain(`<data key="evidence">`);
    const csv = (await save("csv")).bytes.toString("utf8").split("\r\n");
    expect(csv[0]).toBe("record,id,kind_or_type,name_or_label,source,target,certainty,weight,possible_start,possible_end,evidence");
    expect(csv.filter((row) => row.startsWith("node,")).length).toBe((await canvas(page)).nodes.filter((n) => !n.hidden).length);
    expect(csv.some((row) => row.startsWith("edge,") && row.includes("“"))).toBe(true);
    const json = JSON.parse((await save("json")).bytes.toString("utf8")) as { nodes: { id: string }[]; edges: { evidence: unknown[] }[]; view: { path: string[] } };
    expect(json.view.path).toEqual([SOK_CHENDA_SOPHEA, LAY_CHENDA]);
    expect(json.nodes.map((n) => n.id)).toContain(LAY_CHENDA);
    expect(json.edges.some((e) => e.evidence.length > 0)).toBe(true);

    expect(await unlabelledControls(page)).toEqual([]);
    expectClean(record, server.url);
    await context.close();
  });

  it("opens a shared link to the same view, and is usable 800 px wide", async () => {
    expect(shared).toContain("path=");
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    const record = await recordPage(page);
    await page.goto(shared);
    await page.locator("body[data-ready=true]").waitFor(WAIT);
    const view = await canvas(page);
    expect(view.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([SOK_CHENDA_SOPHEA, LAY_CHENDA]));
    expect(view.edges.some((e) => e.path)).toBe(true);
    expect(await page.locator("#connections ol.paths > li").count()).toBeGreaterThan(0);
    expect(await page.getByLabel("to", { exact: true }).inputValue()).toBe(new URL(shared).searchParams.get("to"));
    // Nothing wider than the window, and a canvas big enough to work in.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(800);
    const box = await page.locator("#cy").boundingBox();
    expect(box?.width).toBeGreaterThan(700);
    expect(box?.height).toBeGreaterThan(300);
    await page.screenshot({ path: screenshotPath("explore-5-narrow"), fullPage: true });
    expectClean(record, server.url);
    await page.close();
  });

  it("works by keyboard alone: search, open a card, expand from the list of nodes", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const record = await recordPage(page);
    await page.goto(`${server.url}/explore`);
    await page.locator("body[data-ready=true]").waitFor(WAIT);
    // The first Tab reaches the skip link, which leads to the search box.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement.id")).toBe("search-input");
    await page.keyboard.type("วังแพน");
    await page.keyboard.press("Enter");
    await page.locator("#results button.hit").first().waitFor(WAIT);
    await page.locator("#results button.hit").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate("document.activeElement && document.activeElement.id"), WAIT).toBe("card-title");
    expect(await page.locator("#card-title").textContent()).toContain("วังแพน");
    await page.locator("#on-canvas summary").focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("button", { name: /^Expand / })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await canvas(page)).nodes.length, WAIT).toBeGreaterThan(2);
    // "Who attended with whom": one weighted edge per counterpart, as many meetings as they shared.
    const counterparts = (await helper.execute(`{ official(id: "official:y6uvverkdj") { counterparts { entity { id } sharedMeetingCount } } }`)).data as {
      official: { counterparts: { entity: { id: string }; sharedMeetingCount: number }[] };
    };
    expect(counterparts.official.counterparts.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Who attended with whom" }).focus();
    await page.keyboard.press("Enter");
    const met = () =>
      page.evaluate(`window.explorer.cy.edges('[type = "ATTENDED_WITH"]').map((e) => ({ ends: [e.source().id(), e.target().id()], weight: e.data("weight") }))`) as Promise<
        { ends: string[]; weight: number }[]
      >;
    await expect.poll(async () => (await met()).length, WAIT).toBe(counterparts.official.counterparts.length);
    for (const c of counterparts.official.counterparts) {
      expect((await met()).find((e) => e.ends.includes(c.entity.id))?.weight).toBe(c.sharedMeetingCount);
    }
    expect(new URL(page.url()).searchParams.get("met")).toBe("official:y6uvverkdj");
    // Thai renders in the shipped font, not as empty boxes.
    const loaded = (await page.evaluate(`document.fonts.load('16px "Noto Sans Thai"', "วังแพน").then((faces) => faces.map((f) => f.family + " " + f.status))`)) as string[];
    expect(loaded).toContain("Noto Sans Thai loaded");
    await page.screenshot({ path: screenshotPath("explore-6-thai") });
    expectClean(record, server.url);
    await page.close();
  });
});
