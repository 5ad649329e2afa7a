import type { Annotation, EvidenceInput, ParsedAnnotation, ParsedEvidence, SharedEvidence } from "./annotation.schema.js";

/**
 * Resolves evidence given by offsets (`at`) or by reference (`ref`) into the
 * sentence itself, so everything after validation sees one form. Older files,
 * which copy every quote, pass through unchanged.
 */
export interface EvidenceIssue {
  path: string;
  message: string;
}

export function resolveEvidence(parsed: ParsedAnnotation, issues: EvidenceIssue[]): Annotation {
  const { text } = parsed.article;
  const shared = new Map<string, { entry: SharedEvidence; index: number }>();
  parsed.evidence.forEach((entry, index) => {
    if (shared.has(entry.id)) issues.push({ path: `evidence[${index}].id`, message: `the evidence id ${entry.id} is declared twice` });
    shared.set(entry.id, { entry, index });
  });
  const cited = new Set<string>();

  const sentence = (e: { quote?: string; at?: { start: number; end: number } }, at: string): string => {
    if (!e.at) return e.quote!;
    if (e.at.end > text.length) {
      issues.push({ path: `${at}.at.end`, message: `${e.at.end} is past the end of the article's text (${text.length} characters)` });
      return e.quote ?? "";
    }
    const slice = text.slice(e.at.start, e.at.end);
    if (e.quote !== undefined && e.quote !== slice)
      issues.push({ path: `${at}.quote`, message: `the quote does not match the text at ${e.at.start}–${e.at.end}, which reads ${JSON.stringify(slice.slice(0, 80))}` });
    if (slice.trim().length === 0) issues.push({ path: `${at}.at`, message: "the span covers only blank text" });
    return slice;
  };

  const resolve = (ev: ParsedEvidence, at: string): EvidenceInput => {
    if (ev.ref === undefined) return compact({ quote: sentence(ev, at), inferred: ev.inferred, past: ev.past, note: ev.note, asOf: ev.asOf });
    const found = shared.get(ev.ref);
    if (!found) {
      issues.push({ path: `${at}.ref`, message: `unknown evidence id ${ev.ref}: declare it in the annotation's \`evidence\`` });
      return { quote: "", inferred: ev.inferred, past: ev.past };
    }
    cited.add(ev.ref);
    const base = found.entry;
    return compact({
      quote: sentence(base, `evidence[${found.index}]`),
      inferred: ev.inferred || base.inferred,
      past: ev.past || base.past,
      note: ev.note ?? base.note,
      asOf: ev.asOf ?? base.asOf,
    });
  };

  const entities = parsed.entities.map((e, i) => ({ ...e, evidence: e.evidence.map((ev, j) => resolve(ev, `entities[${i}].evidence[${j}]`)) }));
  const facts = parsed.facts.map((f, i) => ({ ...f, evidence: f.evidence.map((ev, j) => resolve(ev, `facts[${i}].evidence[${j}]`)) }));
  for (const [id, { index }] of shared) if (!cited.has(id)) issues.push({ path: `evidence[${index}]`, message: `the evidence ${id} is cited by no fact or entity` });
  const { evidence: _shared, ...rest } = parsed;
  return { ...rest, entities, facts } as Annotation;
}

function compact(e: EvidenceInput): EvidenceInput {
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as EvidenceInput;
}
