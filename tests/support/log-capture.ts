import { createLogger, type Logger } from "../../src/logging/logger.js";

export interface CapturedLog {
  logger: Logger;
  /** Every JSON line written so far, parsed. */
  lines: () => Record<string, unknown>[];
  /** The request-log lines ("graphql request" and refused HTTP requests) written so far. */
  requestLines: () => Record<string, unknown>[];
}

/** A real logger whose JSON lines a test can read, to check what the server recorded. */
export function captureLog(level = "info"): CapturedLog {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void raw.push(line) });
  const lines = () => raw.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, requestLines: () => lines().filter((l) => l.msg === "graphql request" || l.msg === "http request refused") };
}
