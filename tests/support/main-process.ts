import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/config.js";

export interface MainProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first log line matching, or rejects when the process exits first or time runs out. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the server's real entry point, as `npm start` does, with the given environment. */
export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src", "main.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = output.split("\n").find((l) => pattern.test(l));
        if (line !== undefined) {
          cleanup();
          resolve(line);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${pattern}; output so far:\n${output.slice(-3000)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(({ code }) => {
        if (listeners.has(check)) {
          cleanup();
          reject(new Error(`exited with ${code} before ${pattern}; output:\n${output.slice(-3000)}`));
        }
      });
      check();
    });
  return { child, output: () => output, waitFor, exited };
}

/** Pids of JVMs whose command line names this data directory: an orphan would show up here. */
export function jvmsFor(dataDir: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", `EmbeddedNeo4j.*${dataDir}`], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}
