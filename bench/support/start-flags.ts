import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The V8 flags `npm start` gives the server (package.json's start script, the one place
 * they are written for it), so the benchmark measures the server as it is run: its heap
 * bounds decide its RSS under load.
 */
export function startFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.start ?? "";
  const command = /\bnode((?:\s+--[\w-]+=\S+)*)\s+--import tsx src\/main\.ts/.exec(start);
  if (!command) throw new Error(`package.json's start script does not run "node [--flag=value …] --import tsx src/main.ts": ${start}`);
  return command[1]!.trim().split(/\s+/).filter(Boolean);
}
