import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where browser tests keep their screenshots to look at after a run (ignored by git). */
export const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-artifacts/screenshots", import.meta.url));

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, `${name}.png`);
}
