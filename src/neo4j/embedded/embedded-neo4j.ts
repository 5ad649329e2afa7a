import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { delimiter, resolve } from "node:path";
import { createInterface } from "node:readline";

import { defaultEmbeddedStartTimeoutMs } from "../../config/config.js";
import { findFreePort } from "./free-port.js";
import { ensureLauncherBuilt, javaExecutable, missingToolchainMessage } from "./launcher-build.js";

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  /** 0 picks a free loopback port. */
  port: number;
  /** Neo4j page cache size, e.g. "256m"; the launcher's modest default applies when omitted. */
  pagecache?: string;
  /** JVM -Xmx, e.g. "1g". */
  heap?: string;
  log: (msg: string) => void;
  /** The configured NEO4J_EMBEDDED_START_TIMEOUT_MS; the same machine-scaled default when omitted. */
  startTimeoutMs?: number;
  /** Jars added to the JVM's classpath, e.g. procedures a benchmark needs; the plain server adds none. */
  extraClasspath?: readonly string[];
  /** Called when the JVM dies after it was ready and before stop() was asked for. */
  onUnexpectedExit?: (code: number | null, signal: string | null) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const MAIN_CLASS = "org.diplograph.neo4j.EmbeddedNeo4j";
const DEFAULT_HEAP = "1g";
/** Neo4j flushes and checkpoints on shutdown; only past this do we give up and SIGKILL. */
const STOP_GRACE_MS = 30_000;
/** A JVM that failed to start has no store state worth a long wait. */
const ABORT_GRACE_MS = 5_000;
const STDERR_TAIL_LINES = 20;

/**
 * The options Neo4j's own launch scripts pass on Java 17; without them Netty and the page cache
 * fall back to slower paths or print illegal-access warnings.
 */
const JVM_FLAGS = [
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
];

interface ReadyEvent {
  event: "ready";
  bolt: string;
  version: string;
}

/**
 * Runs Neo4j in a child JVM tied to this process through its stdin pipe: the JVM shuts down
 * cleanly when the pipe closes, which also happens when this process dies without running any
 * cleanup. No process-wide handlers are installed; the caller decides when to stop.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { log } = options;
  const launcher = await ensureLauncherBuilt(log);
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const port = options.port === 0 ? await findFreePort() : options.port;
  const timeoutMs = options.startTimeoutMs ?? defaultEmbeddedStartTimeoutMs();

  const args = [
    `-Xmx${options.heap ?? DEFAULT_HEAP}`,
    ...JVM_FLAGS,
    "-cp",
    [launcher.classpath, ...(options.extraClasspath ?? [])].join(delimiter),
    MAIN_CLASS,
    "--data-dir",
    dataDir,
    "--port",
    String(port),
    ...(options.pagecache ? ["--pagecache", options.pagecache] : []),
  ];

  const started = Date.now();
  const child = spawn(javaExecutable(), args, {
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group keeps a terminal's Ctrl-C away from the JVM, so the caller can close
    // its driver first and then stop Neo4j in order; the stdin pipe still ends it if we die.
    detached: true,
    windowsHide: true,
  });
  const exited = watchExit(child);

  // Writes never happen, but an EPIPE on a dead child must not become an uncaught 'error'.
  child.stdin.on("error", () => {});

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(`neo4j: ${line}`);
  });

  const describeFailure = (what: string) =>
    `Embedded Neo4j ${what} (port ${port}, data dir ${dataDir}).` + (stderrTail.length > 0 ? `\nLast JVM stderr:\n${stderrTail.join("\n")}` : "\nThe JVM wrote nothing to stderr.");

  let stopping = false;
  let stopPromise: Promise<void> | undefined;
  const stop = (graceMs: number): Promise<void> => {
    stopping = true;
    stopPromise ??= (async () => {
      if (exited.done) return;
      child.stdin.end();
      if (await exited.within(graceMs)) return;
      log(`Embedded Neo4j (pid ${child.pid}) did not stop within ${graceMs / 1000} s; killing it`);
      child.kill("SIGKILL");
      await exited.promise;
    })();
    return stopPromise;
  };

  let ready: ReadyEvent;
  try {
    ready = await waitForReady(child, exited, timeoutMs, log, describeFailure);
  } catch (err) {
    await stop(ABORT_GRACE_MS);
    throw err;
  }

  log(`Embedded Neo4j ${ready.version} ready at ${ready.bolt} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);

  void exited.promise.then(({ code, signal }) => {
    if (stopping) return;
    log(describeFailure(`exited unexpectedly (code ${code}, signal ${signal})`));
    options.onUnexpectedExit?.(code, signal);
  });

  return {
    uri: ready.bolt,
    pid: child.pid as number,
    stop: () => stop(STOP_GRACE_MS),
  };
}

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface ExitWatch {
  readonly done: boolean;
  promise: Promise<ExitInfo>;
  within(ms: number): Promise<boolean>;
}

function watchExit(child: ChildProcessWithoutNullStreams): ExitWatch {
  let done = false;
  const promise = new Promise<ExitInfo>((resolveExit) => {
    // 'close' rather than 'exit': it waits for stdout/stderr to drain, so the launcher's last
    // stderr line (its one-line failure reason) is already in the tail when we report.
    child.once("close", (code, signal) => {
      done = true;
      resolveExit({ code, signal });
    });
    // A spawn failure (e.g. no java) emits 'error' without 'exit'.
    child.once("error", () => {
      if (child.pid === undefined) {
        done = true;
        resolveExit({ code: null, signal: null });
      }
    });
  });
  return {
    get done() {
      return done;
    },
    promise,
    within: (ms) =>
      new Promise<boolean>((resolveWithin) => {
        const timer = setTimeout(() => resolveWithin(false), ms);
        void promise.then(() => {
          clearTimeout(timer);
          resolveWithin(true);
        });
      }),
  };
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  exited: ExitWatch,
  timeoutMs: number,
  log: (msg: string) => void,
  describeFailure: (what: string) => string,
): Promise<ReadyEvent> {
  return new Promise<ReadyEvent>((resolveReady, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };

    const timer = setTimeout(() => settle(() => reject(new Error(describeFailure(`did not become ready within ${timeoutMs / 1000} s`)))), timeoutMs);

    child.once("error", (err: NodeJS.ErrnoException) => {
      const reason = err.code === "ENOENT" ? `could not start: \`java\` was not found. ${missingToolchainMessage()}` : `could not start: ${err.message}`;
      settle(() => reject(new Error(describeFailure(reason))));
    });

    void exited.promise.then(({ code, signal }) => settle(() => reject(new Error(describeFailure(`exited before it was ready (code ${code}, signal ${signal})`)))));

    createInterface({ input: child.stdout }).on("line", (line) => {
      const event = parseReady(line);
      if (event) settle(() => resolveReady(event));
      else if (line.trim() !== "") log(`neo4j (stdout): ${line}`);
    });
  });
}

function parseReady(line: string): ReadyEvent | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const value = JSON.parse(line) as Partial<ReadyEvent>;
    if (value.event === "ready" && typeof value.bolt === "string") {
      return { event: "ready", bolt: value.bolt, version: String(value.version ?? "unknown") };
    }
  } catch {
    // Not the protocol line; treated as noise by the caller.
  }
  return undefined;
}
