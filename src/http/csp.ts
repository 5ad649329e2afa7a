/**
 * The pages' Content-Security-Policy: only this origin may serve scripts, styles, fonts or
 * answer fetches, so a page that reached for a CDN would fail loudly. Inline styles are
 * allowed because GraphiQL's React and the graph canvas set element styles.
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
