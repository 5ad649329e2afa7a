import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * Zod schemas for single environment variables. Each one's error message is the form it
 * expects ("a whole number from 0 to 65535"), which `loadConfig` puts after the variable's
 * name and value. A blank variable counts as unset, so `PORT=` in a .env file means the default.
 */
const unsetIfBlank = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** A variable read as given (trimmed), or its default. */
export const text = (fallback: string) => z.preprocess(unsetIfBlank, z.string().default(fallback));

/** A variable with no default: undefined when unset. */
export const optionalText = () => z.preprocess(unsetIfBlank, z.string().optional());

export function wholeNumber(fallback: number, range: { min: number; max: number }) {
  const expected = `a whole number from ${range.min} to ${range.max}`;
  return z.preprocess(
    unsetIfBlank,
    z
      .string()
      .regex(/^-?\d+$/, expected)
      .transform(Number)
      .pipe(z.number().min(range.min, expected).max(range.max, expected))
      .default(fallback),
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(allowed: T, fallback: T[number]) {
  return z.preprocess(unsetIfBlank, z.enum(allowed, `one of ${allowed.join(", ")}`).default(fallback as never));
}

/** true/1/yes or false/0/no, in any case; undefined when unset, so the default can depend on other settings. */
export const flag = () =>
  z.preprocess(unsetIfBlank, z.stringbool({ truthy: ["true", "1", "yes"], falsy: ["false", "0", "no"], case: "insensitive", error: "true or false" }).optional());

/** A JVM memory size such as 512m or 2g, lower-cased for the launcher. */
export const memorySize = (fallback: string) =>
  z.preprocess(
    unsetIfBlank,
    z
      .string()
      .default(fallback)
      .pipe(z.string().regex(/^\d+[kmg]$/i, "a size such as 512m or 2g"))
      .transform((size) => size.toLowerCase()),
  );

const NEO4J_SCHEMES = ["neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"] as const;

/** Any URI the driver can route or connect with, and a host; undefined when unset (embedded). */
export const neo4jUri = () =>
  z.preprocess(
    unsetIfBlank,
    z
      .url({
        protocol: /^(neo4j|bolt)(\+s|\+ssc)?$/,
        hostname: /./,
        error: `a URI such as neo4j://host:7687 (schemes: ${NEO4J_SCHEMES.join(", ")})`,
      })
      .optional(),
  );

export interface NamedKey {
  /** Who holds the key, recorded on every change they make; a fingerprint when unnamed. */
  name: string;
  key: string;
}

const namedKey = (entry: string): NamedKey => {
  const named = /^([A-Za-z0-9._-]{1,64}):(.+)$/.exec(entry);
  const key = named ? named[2]! : entry;
  return { name: named ? named[1]! : `key-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`, key };
};

/**
 * Comma-separated secrets, each optionally named ("alice:secret"), each long enough that
 * guessing is hopeless. `loadConfig` never echoes a rejected value of these.
 */
export const keyList = () =>
  z.preprocess(
    unsetIfBlank,
    z
      .string()
      .transform((raw) =>
        raw
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean)
          .map(namedKey),
      )
      .refine((keys) => keys.every((k) => k.key.length >= 16), "comma-separated keys (optionally name:key) of at least 16 characters each")
      .default([]),
  );
