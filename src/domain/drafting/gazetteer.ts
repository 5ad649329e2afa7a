import type { GazetteerEntry, Mention } from "./draft.types.js";
import { findAll, foldSameLength } from "./text-match.js";

/**
 * Finds the graph's own names and aliases in an article. The gazetteer is passed
 * in, so the drafter knows every entity an editor has added; it is matched on
 * word boundaries with case and apostrophes folded. Each hit lists every entry
 * that carries that form, so linking can tell a unique name from a shared one.
 */
export function matchGazetteer(text: string, boundaries: ReadonlySet<number>, entries: readonly GazetteerEntry[]): Mention[] {
  const folded = foldSameLength(text);
  const byForm = new Map<string, { form: string; entries: GazetteerEntry[] }>();
  for (const entry of entries) {
    for (const form of new Set([entry.name, ...entry.aliases])) {
      const key = foldSameLength(form.trim());
      if (key.length < 2 || /^\p{Ll}/u.test(form)) continue;
      const bucket = byForm.get(key) ?? { form, entries: [] };
      if (!bucket.entries.includes(entry)) bucket.entries.push(entry);
      byForm.set(key, bucket);
    }
  }
  const out: Mention[] = [];
  for (const [key, { entries: holders }] of byForm) {
    for (const start of findAll(folded, key, boundaries)) {
      const end = start + key.length;
      const kinds = new Set(holders.map((h) => h.kind));
      if (kinds.size !== 1) continue;
      const kind = holders[0]!.kind;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        kind,
        source: "gazetteer",
        confidence: holders.length === 1 ? 0.9 : 0.6,
        reason: holders.length === 1 ? `the graph knows "${holders[0]!.name}" by this name` : `${holders.length} entities in the graph share this name`,
        detail: {},
        gazetteerIds: holders.map((h) => h.id),
      });
    }
  }
  return out;
}
