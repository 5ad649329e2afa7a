import { pino, type Logger } from "pino";

export type { Logger };

/** JSON lines on stdout: one shape for people tailing logs and for log shippers. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: "diplograph" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
