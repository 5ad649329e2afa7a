import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import type { RunningServer } from "../src/server/start-server.js";
import { ArticleBuilder } from "./support/article-builder.js";
import { chromiumMissing, expectClean, foreignRequests, launchChromium, recordPage, unlabelledControls } from "./support/browser.js";
import { screenshotPath } from "./support/screenshots.js";
import { TestHelper } from "./support/test-helper.js";

/** The machine may be busy: a first query can take seconds. */
const WAIT = { timeout: 30_000 };

const missing = chromiumMissing();
if (missing) console.warn(`Skipping the review page's browser test: ${missing}.`);

const KEY = "review-key-0123456789abcdef";

describe.skipIf(missing !== null)("the review page in a real browser", () => {
  let helper: TestHelper;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    helper = await TestHelper.create();
    await loadCorpus(helper.executor);
    server = await helper.startServer({ DIPLOGRAPH_EDITOR_KEYS: `reviewer:${KEY}` });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await helper?.close();
  });

  it("runs paste → dry run → fix → ingest, with the key typed by the editor and kept in session storage", async () => {
    const sophea = helper.id("official");
    const ministry = helper.id("org");
    const retreat = helper.id("meeting");
    const positionSentence = "Sok Chenda Sophea, Minister of Foreign Affairs and International Cooperation, spoke first.";
    const meetingSentence = "Sophea led Cambodia's delegation to the Review Retreat.";
    const extraSentence = "The Review Retreat was held in a hall.";
    const builder = new ArticleBuilder(helper, "A reviewed article")
      .entity({ id: sophea, kind: "Official", name: "Sok Chenda Sophea", mentions: ["Sok Chenda Sophea", "Sophea"] } as never)
      .entity({
        id: ministry,
        kind: "Organisation",
        name: "Ministry of Foreign Affairs and International Cooperation",
        orgKind: "MINISTRY",
        mentions: ["Minister of Foreign Affairs and International Cooperation"],
      } as never)
      .entity({ id: retreat, kind: "Meeting", name: "Review Retreat", mentions: ["Review Retreat"] } as never)
      .fact({ type: "HOLDS_POSITION", subject: sophea, object: ministry, title: "Minister of Foreign Affairs and International Cooperation" } as never, positionSentence)
      .fact({ type: "PARTICIPATED_IN", subject: sophea, object: retreat, role: "LED_DELEGATION" } as never, meetingSentence)
      .fact({ type: "MEETING_OF", subject: retreat, object: ministry } as never, extraSentence);
    const annotation = builder.build() as { facts: { evidence: { quote: string }[] }[] };
    // The mistake the editor will fix: a quote that is not word for word in the text.
    annotation.facts[1]!.evidence[0]!.quote = "Sophea led Cambodias delegation to the Review Retreat.";

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const record = await recordPage(page);
    await page.goto(`${server.url}/review`);
    await page.locator("body[data-ready=true]").waitFor(WAIT);

    await page.getByLabel("Your editor key").fill(KEY);
    await page.getByLabel("Paste an annotation").fill(JSON.stringify(annotation, null, 2));
    await page.getByRole("button", { name: "Review it" }).click();

    // Every mention highlighted by kind.
    const marks = page.locator("#article-text mark.mention");
    await expect.poll(() => marks.count(), WAIT).toBeGreaterThanOrEqual(4);
    expect(await page.locator("#article-text mark.kind-Official").count()).toBe(2);
    expect(await page.locator("#article-text mark.kind-Meeting").count()).toBe(2);
    expect(await page.locator("#article-text mark.kind-Organisation").count()).toBe(1);

    // Each entity's proposed link, with the existing namesake offered as an alternative.
    await page.locator("#entities[data-candidates=loaded]").waitFor(WAIT);
    const first = page.locator("#entity-0");
    expect(await first.locator("label", { hasText: "Proposed" }).textContent()).toContain(sophea);
    const alternative = first.locator("label", { hasText: "official:s47nxbs4rl" });
    expect(await alternative.count()).toBe(1);
    // Choosing it rewrites the id everywhere in what would be sent; the editor then keeps the proposal.
    await alternative.click();
    await page.locator("#show-json summary").click();
    const sent = page.locator("#edited-json");
    await expect.poll(() => sent.textContent(), WAIT).toContain(`"subject": "official:s47nxbs4rl"`);
    await first.getByLabel(/^Proposed/).check();
    await expect.poll(() => sent.textContent(), WAIT).not.toContain("official:s47nxbs4rl");

    // The broken quote is flagged before sending, and the dry run places the server's problem on its fact.
    expect(await page.locator("#fact-1 .quote-check").textContent()).toContain("not found");
    await page.getByRole("button", { name: "Dry run" }).click();
    await expect.poll(() => page.locator("#result").textContent(), WAIT).toContain("Not accepted");
    expect(await page.locator("#fact-issues-1").textContent()).toContain("facts[1].evidence[0].quote");
    await page.screenshot({ path: screenshotPath("review-1-problem") });

    // Fix: correct the quote, and reject the fact the editor does not want.
    await page.getByLabel(/^Evidence 1 for PARTICIPATED_IN/).fill(meetingSentence);
    expect(await page.locator("#fact-1 .quote-check").textContent()).toContain("found in the text");
    await page.locator("#fact-2").getByRole("button", { name: "Reject" }).click();
    expect(await page.locator("#fact-2").getAttribute("class")).toContain("rejected");

    await page.getByRole("button", { name: "Dry run" }).click();
    await expect.poll(() => page.locator("#result h3").textContent(), WAIT).toContain("Dry run: the article would be created");
    // The namesake is worth a warning, and the editor reads it.
    expect(await page.locator("#result .warnings li").count()).toBeGreaterThan(0);
    expect(await page.locator("#result").textContent()).toContain("Facts: 2 new");
    const dry = await helper.execute(`query ($id: ID!) { articles(filter: { title: "A reviewed article" }) { totalCount } node(id: $id) { id } }`, { id: builder.id });
    expect(dry.data).toMatchObject({ node: null });
    await page.screenshot({ path: screenshotPath("review-2-dry-run"), fullPage: true });

    await page.getByRole("button", { name: "Ingest", exact: true }).click();
    await expect.poll(() => page.locator("#result h3").textContent(), WAIT).toContain("Ingested");
    const stored = await helper.execute(`query ($id: ID!) { article(id: $id) { title evidence { quote fact { type } } } }`, { id: builder.id });
    const evidence = (stored.data as { article: { evidence: { quote: string; fact: { type: string } }[] } }).article.evidence;
    expect(evidence.map((e) => e.fact.type).sort()).toEqual(["HOLDS_POSITION", "PARTICIPATED_IN"]);
    expect(evidence.map((e) => e.quote)).toContain(meetingSentence);

    // The key lives in this tab's session storage only, and the page's code holds none.
    expect(await page.evaluate("sessionStorage.getItem('diplograph.editorKey')")).toBe(KEY);
    expect(await page.evaluate("localStorage.length")).toBe(0);
    const script = await (await page.request.get(`${server.url}/review/review.js`)).text();
    expect(script).not.toContain(KEY);
    await page.reload();
    await page.locator("body[data-ready=true]").waitFor(WAIT);
    expect(await page.getByLabel("Your editor key").inputValue()).toBe(KEY);

    expect(await unlabelledControls(page)).toEqual([]);
    expectClean(record, server.url);
    await context.close();
  });

  it("drafts an annotation from an article's raw text, then reviews and dry-runs it", async () => {
    const seed = JSON.parse(readFileSync(new URL("../corpus/annotations/002_5e6a1da8cc247dba.json", import.meta.url), "utf8")) as {
      article: { title: string; language: string; text: string };
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const record = await recordPage(page);
    await page.goto(`${server.url}/review`);
    await page.locator("body[data-ready=true]").waitFor(WAIT);
    await page.locator("#draft-section:not([hidden])").waitFor(WAIT);
    await page.getByLabel("Your editor key").fill(KEY);
    await page.getByLabel("Title").fill(`${seed.article.title} (draft)`);
    await page.getByLabel("Language").fill(seed.article.language);
    await page.getByLabel("The article's text", { exact: true }).fill(seed.article.text);
    await page.getByRole("button", { name: "Draft it" }).click();
    await expect.poll(() => page.locator("#entities > li").count(), WAIT).toBeGreaterThan(0);
    expect(await page.locator("#article-text mark.mention").count()).toBeGreaterThan(0);
    expect(await page.locator("#article-title").textContent()).toBe(`${seed.article.title} (draft)`);
    await page.getByRole("button", { name: "Dry run" }).click();
    await expect.poll(() => page.locator("#result h3").textContent(), WAIT).toMatch(/^Dry run: the article would be/);
    await page.screenshot({ path: screenshotPath("review-4-draft") });
    expect(foreignRequests(record, server.url)).toEqual([]);
    expect(record.errorResponses).toEqual([]);
    expect(record.consoleErrors.filter((m) => !m.endsWith("/favicon.ico]"))).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await page.close();
  });

  it("is usable 800 px wide and by keyboard: upload, decide and check without a mouse", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    const record = await recordPage(page);
    await page.goto(`${server.url}/review`);
    await page.locator("body[data-ready=true]").waitFor(WAIT);
    const builder = new ArticleBuilder(helper, "A narrow review").entity({
      id: helper.id("official"),
      kind: "Official",
      name: "Keyboard Person",
      mentions: ["Keyboard Person"],
    } as never);
    const upload = { ...builder.build(), article: { ...builder.build().article, text: "Keyboard Person spoke." } };
    // Uploaded as a file, this time: the page reviews it as soon as it is chosen.
    await page.getByLabel("or upload a file").setInputFiles({ name: "narrow.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(upload)) });
    await page.locator("#entity-0").waitFor(WAIT);
    expect(await page.getByLabel("Paste an annotation").inputValue()).toBe(JSON.stringify(upload));
    expect(await page.locator("#article-text mark.kind-Official").textContent()).toBe("Keyboard Person");
    await page.locator("#entity-0").getByRole("button", { name: "Reject" }).focus();
    // The list re-renders when the candidates arrive: the keyboard user's place must survive it.
    await page.locator("#entities[data-candidates=loaded]").waitFor(WAIT);
    await page.keyboard.press("Enter");
    expect(await page.locator("#entity-0").getAttribute("class")).toContain("rejected");
    expect(await page.locator("#article-text mark.rejected").count()).toBe(1);
    // With no key typed, the page asks for it instead of sending.
    await page.getByRole("button", { name: "Dry run" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#check-message").textContent()).toContain("editor key");
    expect(await page.evaluate("document.activeElement.id")).toBe("editor-key");
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(800);
    await page.screenshot({ path: screenshotPath("review-3-narrow"), fullPage: true });
    expect(await unlabelledControls(page)).toEqual([]);
    expect(foreignRequests(record, server.url)).toEqual([]);
    expect(record.consoleErrors.filter((m) => !m.endsWith("/favicon.ico]"))).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    await page.close();
  });
});
