import { pino, type Logger } from "pino";
import pretty from "pino-pretty";

export type { Logger };

export type LogFormat = "auto" | "json" | "pretty";

/**
 * JSON lines for log shippers and production; readable lines for a person at a terminal.
 * `auto` picks readable lines only on a terminal outside production.
 */
export function createLogger(level: string, destination?: pino.DestinationStream, format: LogFormat = "json"): Logger {
  const readable = format === "pretty" || (format === "auto" && process.stdout.isTTY === true && process.env.NODE_ENV !== "production");
  const stream = destination ?? (readable ? pretty({ sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,service" }) : undefined);
  return pino({ level, base: { service: "diplograph" }, timestamp: pino.stdTimeFunctions.isoTime }, stream);
}
