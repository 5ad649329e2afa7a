import { buildWeb } from "../../scripts/build-web.js";

/** The browser tests load the bundled pages, so `npm test` (or any vitest run) builds them first when they are missing or stale. */
export default async function setup(): Promise<void> {
  await buildWeb({ ifStale: true, log: (message) => process.stdout.write(`${message}\n`) });
}
