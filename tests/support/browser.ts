import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

/** Debian's chromium, which CI installs; CHROMIUM_PATH points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium, or set CHROMIUM_PATH)`;
}

/**
 * Headless Chromium that can reach only the loopback interface: any other host name fails
 * to resolve, so a page that reached for a CDN would show it as a failed request instead
 * of quietly loading it.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    ],
  });
}

/** What a page did, recorded from before its first request. */
export interface PageRecord {
  requests: string[];
  failedRequests: string[];
  errorResponses: string[];
  /** Each with the URL it concerns, in brackets. */
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Records every request, failed request, error response, console error and uncaught error.
 * CSP violations are also caught from the document's own `securitypolicyviolation` event,
 * since a blocked inline style or eval may not reach the console as an error.
 */
export async function recordPage(page: Page): Promise<PageRecord> {
  const record: PageRecord = { requests: [], failedRequests: [], errorResponses: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("requestfailed", (request) => record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  page.on("response", (response) => {
    if (response.status() >= 400) record.errorResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(`${message.text()} [${message.location().url}]`);
  });
  page.on("pageerror", (error) => record.pageErrors.push(error.message));
  await page.exposeFunction("__reportCspViolation", (text: string) => record.cspViolations.push(text));
  // A string, because this project type-checks against Node's globals, not the DOM's.
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (e) => window.__reportCspViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline")));`,
  });
  return record;
}

/** The text of a CodeMirror 5 editor (GraphiQL 3's editors), all of it, not just the lines on screen. */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(`${selector} .CodeMirror`, (element) => (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
}

/**
 * Every control a screen reader would announce without a name: inputs, selects and text
 * areas with no label or aria-label, and buttons and links with no text or aria-label.
 * Returned as short descriptions, so a failure says which.
 */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const missing = [];
    for (const el of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
      if (el.hidden || el.closest("[hidden]")) continue;
      const named = (el.labels && el.labels.length > 0) || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
      if (!named) missing.push(el.outerHTML.slice(0, 120));
    }
    for (const el of document.querySelectorAll("button, a[href]")) {
      if (el.hidden || el.closest("[hidden]")) continue;
      const named = (el.textContent || "").trim() || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
      if (!named) missing.push(el.outerHTML.slice(0, 120));
    }
    return missing;
  })()`);
}

/** Fails with the offending requests when anything but this server (or a data:/blob: URL) was asked for. */
export function foreignRequests(record: PageRecord, serverUrl: string): string[] {
  const host = new URL(serverUrl).host;
  return record.requests.filter((url) => {
    const parsed = new URL(url);
    return !(parsed.protocol === "data:" || parsed.protocol === "blob:" || parsed.host === host);
  });
}

/**
 * The page stayed clean: nothing asked of another host, no failed request or error response,
 * no CSP violation, no console or page error. Chromium asks for /favicon.ico on its own
 * (Playwright does not report that request); it is no asset of the page.
 */
export function expectClean(record: PageRecord, serverUrl: string): void {
  expect(foreignRequests(record, serverUrl)).toEqual([]);
  expect(record.failedRequests).toEqual([]);
  expect(record.errorResponses).toEqual([]);
  expect(record.cspViolations).toEqual([]);
  expect(record.consoleErrors.filter((m) => !m.endsWith("/favicon.ico]"))).toEqual([]);
  expect(record.pageErrors).toEqual([]);
}
