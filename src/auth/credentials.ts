import { createHash, timingSafeEqual } from "node:crypto";
import type { NamedKey } from "../config/config.js";

export type Role = "editor" | "reader" | "anonymous";

export interface Principal {
  role: Role;
  /** The key holder's name, recorded with every change an editor makes. */
  name: string | null;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * Compares digests rather than the keys themselves: equal lengths for timingSafeEqual,
 * and no early exit that would tell an attacker how much of a key was right. Every
 * configured key is compared, so the time taken does not reveal which one matched.
 */
export function matchKey(presented: string, keys: readonly NamedKey[]): NamedKey | undefined {
  const given = digest(presented);
  let match: NamedKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(given, digest(key.key)) && match === undefined) match = key;
  }
  return match;
}

/** The credential a request presents: `Authorization: Bearer …` or `X-API-Key: …`. */
export function presentedKey(headers: { get(name: string): string | undefined | null }): string | undefined {
  const authorization = headers.get("authorization");
  if (authorization) {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (bearer) return bearer[1];
  }
  return headers.get("x-api-key")?.trim() || undefined;
}

export function identify(presented: string | undefined, keys: { editorKeys: readonly NamedKey[]; readerKeys: readonly NamedKey[] }): Principal | "invalid" {
  if (presented === undefined) return { role: "anonymous", name: null };
  const editor = matchKey(presented, keys.editorKeys);
  if (editor) return { role: "editor", name: editor.name };
  const reader = matchKey(presented, keys.readerKeys);
  if (reader) return { role: "reader", name: reader.name };
  return "invalid";
}
