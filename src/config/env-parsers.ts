import { createHash } from "node:crypto";

/**
 * Small readers for environment variables. Each failure names the variable, the value it
 * found and the form it expected, because the person reading it is starting a server.
 */
export class ConfigError extends Error {
  constructor(readonly variable: string, readonly value: string, readonly expected: string) {
    super(`${variable}=${JSON.stringify(value)} is invalid: expected ${expected}.`);
    this.name = "ConfigError";
  }
}

export type Env = Record<string, string | undefined>;

const present = (env: Env, name: string): string | undefined => {
  const raw = env[name];
  return raw === undefined || raw.trim() === "" ? undefined : raw.trim();
};

export function readString(env: Env, name: string, fallback: string): string {
  return present(env, name) ?? fallback;
}

export function readOptional(env: Env, name: string): string | undefined {
  return present(env, name);
}

export function readInt(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || value < range.min || value > range.max) {
    throw new ConfigError(name, raw, `a whole number from ${range.min} to ${range.max}`);
  }
  return value;
}

export function readEnum<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, raw, `one of ${allowed.join(", ")}`);
  return raw as T;
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = present(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, raw, "true or false");
}

export function readMemorySize(env: Env, name: string, fallback: string): string {
  const raw = present(env, name) ?? fallback;
  if (!/^\d+[kmgKMG]$/.test(raw)) throw new ConfigError(name, raw, "a size such as 512m or 2g");
  return raw.toLowerCase();
}

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

export function readNeo4jUri(env: Env, name: string): string | undefined {
  const raw = present(env, name);
  if (raw === undefined) return undefined;
  const scheme = raw.split("://")[0] ?? "";
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!raw.includes("://") || !NEO4J_SCHEMES.includes(scheme) || !parsed?.hostname) {
    throw new ConfigError(name, raw, `a URI such as neo4j://host:7687 (schemes: ${NEO4J_SCHEMES.join(", ")})`);
  }
  return raw;
}

export interface NamedKey {
  /** Who holds the key, recorded on every change they make; a fingerprint when unnamed. */
  name: string;
  key: string;
}

/**
 * Comma-separated secrets, each optionally named ("alice:secret"), each long enough that
 * guessing is hopeless. A rejected value is never echoed.
 */
export function readKeyList(env: Env, name: string): NamedKey[] {
  const raw = present(env, name);
  if (raw === undefined) return [];
  const entries = raw.split(",").map((k) => k.trim()).filter(Boolean);
  const keys = entries.map((entry) => {
    const named = /^([A-Za-z0-9._-]{1,64}):(.+)$/.exec(entry);
    const key = named ? (named[2] as string) : entry;
    return { name: named ? (named[1] as string) : `key-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`, key };
  });
  if (keys.some((k) => k.key.length < 16)) throw new ConfigError(name, "<redacted>", "comma-separated keys (optionally name:key) of at least 16 characters each");
  return keys;
}
