import type { DraftEntity, Mention, MentionDetail } from "./draft.types.js";
import { countryNames, englishCountryName } from "./lexicons/countries.js";
import { foldName, isAcronym, UNSPACED_SCRIPT } from "./text-match.js";

/**
 * Gathers an article's mentions into entities. Short forms are resolved within
 * the article only, as an editor would: an acronym in parentheses names what
 * precedes it; a lone family or given name ("Chenda") is the one person in this
 * article whose name contains it, and nobody when two do; "the Ministry" is the
 * article's one ministry; "ASEAN Blueprint 2025" is "ASEAN Community Blueprints
 * 2025" when its words are a subset. A short form that resolves to nothing is
 * dropped rather than guessed.
 */
export function groupEntities(text: string, mentions: readonly Mention[]): DraftEntity[] {
  const acronymOwner = new Map<string, Mention>();
  for (const m of mentions) assignAcronym(text, m, mentions, acronymOwner);

  const entities: DraftEntity[] = [];
  const byKey = new Map<string, DraftEntity>();
  const add = (key: string, m: Mention, name = m.text) => {
    let e = byKey.get(key);
    if (!e) {
      e = { key, kind: m.kind, name, mentions: [], detail: {}, confidence: 0, reasons: [], shortForms: [] };
      byKey.set(key, e);
      entities.push(e);
    }
    e.mentions.push(m);
    e.detail = { ...m.detail, ...e.detail, ...(e.detail.ordinal === undefined && m.detail.ordinal !== undefined ? { ordinal: m.detail.ordinal } : {}) };
    e.confidence = Math.max(e.confidence, m.confidence);
    if (!e.reasons.includes(m.reason)) e.reasons.push(m.reason);
    return e;
  };

  const deferred: Mention[] = [];
  for (const m of mentions) {
    const owner = acronymOwner.get(m.text);
    if (owner && owner !== m && isAcronym(m.text)) {
      deferred.push(m);
      continue;
    }
    if (m.kind === "Country") add(`country:${m.detail.iso3}`, m, englishCountryName(m.detail.iso3!));
    else if (m.detail.canonical) add(`${m.kind}:${foldName(m.detail.canonical)}`, m, m.detail.canonical);
    else if (isShort(m)) deferred.push(m);
    else if (m.kind === "Meeting" && /^(?:a|an|the)\s/u.test(m.text)) {
      const name = m.text.replace(/^(?:a|an|the)\s+/u, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      add(`${m.kind}:${foldName(name)}`, m, name);
    } else add(`${m.kind}:${foldName(m.text)}`, m);
  }

  mergeSubsets(entities, byKey);

  for (const m of deferred) {
    const owner = acronymOwner.get(m.text);
    const target = owner ? entityOf(entities, owner) : resolveShort(entities, m);
    if (!target) {
      if (m.kind === "Organisation" && isAcronym(m.text) && m.gazetteerIds.length) add(`${m.kind}:${foldName(m.text)}`, m);
      // "ASEAN Charter", "Cambodia Vision": a short name that a body's acronym or a country opens is a name in its own right, unlike "Strategic Plan".
      else if (m.kind === "Framework" && namedByOwner(m.text)) add(`${m.kind}:${foldName(m.text)}`, m);
      continue;
    }
    target.mentions.push({ ...m, kind: target.kind, refersTo: mentions.indexOf(owner ?? target.mentions[0]!) });
    const kind = isAcronym(m.text) ? "acronym" : "short";
    if (foldName(m.text) !== foldName(target.name) && !target.shortForms.some((s) => s.name === m.text)) target.shortForms.push({ name: m.text, kind });
  }

  for (const e of entities) {
    const acronym = e.mentions.find((m) => m.detail.acronym)?.detail.acronym;
    if (acronym && !e.shortForms.some((s) => s.name === acronym)) e.shortForms.push({ name: acronym, kind: "acronym" });
    if (e.kind === "Meeting" && !e.detail.series) e.detail.series = seriesOf(e, entities);
  }
  mergeByGazetteer(entities);
  mergeParenthesisedNames(text, entities);
  findLoneNames(text, entities);
  findRepeats(text, entities);
  return entities.filter((e) => !(e.kind === "Official" && e.name.split(/\s+/).length < 2 && !e.detail.designation && !/[\u0E00-\u0E7F\u1780-\u17FF]/u.test(e.name)));
}

/** Does a body's acronym or a country's name open this name? */
function namedByOwner(name: string): boolean {
  const first = name.split(/\s+/u)[0]!;
  return name.split(/\s+/u).length >= 2 && (isAcronym(first) || countryNames().some((c) => !c.demonym && c.name === first));
}

/** Short forms wait until every full name is known. */
function isShort(m: Mention): boolean {
  if (m.kind === "Official") return !m.detail.designation && m.text.split(/\s+/).length < 2 && !/[\u0E00-\u0E7F\u1780-\u17FF]/u.test(m.text);
  if (m.kind === "Organisation")
    return isAcronym(m.text)
      ? m.gazetteerIds.length === 0 && !m.detail.canonical
      : /^(?:Ministry|Department|Senate|Secretariat|Centre|Center|Council|Commission|Committee)$/.test(m.text);
  if (m.kind === "Framework") return m.text.split(/\s+/).length <= 2 && !/\d/.test(m.text) && m.gazetteerIds.length === 0 && /^[\p{Script=Latin}\s]+$/u.test(m.text);
  return false;
}

/** "Full Name (ACR)": the acronym names the full name, or, after "Meeting of the X (ACR)", the body X when its initials fit. */
function assignAcronym(text: string, m: Mention, mentions: readonly Mention[], owners: Map<string, Mention>): void {
  const after = /^\s*\(([^()]{2,24})\)/u.exec(text.slice(m.end));
  // One acronym, or a few ("ADSOM WG").
  const acronymLike = (a: string) => isAcronym(a) || (a.split(/\s+/u).length <= 3 && a.split(/\s+/u).every(isAcronym));
  if (!after || !acronymLike(after[1]!) || m.kind === "Country" || isAcronym(m.text)) return;
  const acronym = after[1]!;
  if (owners.has(acronym)) return;
  const inner = mentions.find((o) => o !== m && o.kind === "Organisation" && o.end === m.end && o.start > m.start);
  const owner = inner && initialsFit(acronym, inner.text) ? inner : m;
  owner.detail = { ...owner.detail, acronym };
  owners.set(acronym, owner);
}

/** Do the acronym's letters appear, in order, among the name's initials? */
export function initialsFit(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = (name.match(/(?:^|[\s-])(\p{Lu})/gu) ?? []).map((s) => s.trim().replace("-", "")).join("");
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return i === letters.length && letters.length >= 2;
}

function entityOf(entities: readonly DraftEntity[], m: Mention): DraftEntity | undefined {
  return entities.find((e) => e.mentions.includes(m));
}

function resolveShort(entities: readonly DraftEntity[], m: Mention): DraftEntity | undefined {
  const word = foldName(m.text);
  const fits = entities.filter((e) => {
    if (e.kind !== m.kind) return false;
    if (m.kind === "Official") return e.name.split(/\s+/).length >= 2 && foldName(e.name).split(" ").includes(word);
    if (m.kind === "Organisation" && !isAcronym(m.text)) return foldName(e.name).split(" ")[0] === word;
    if (m.kind === "Organisation") return e.shortForms.some((s) => s.name === m.text);
    return subsetOf(words(m.text), words(e.name));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const words = (s: string) =>
  foldName(s)
    .replace(/'s\b/g, "")
    .split(/[\s-]+/)
    .map((w) => w.replace(/s$/, ""));
const subsetOf = (a: string[], b: string[]) => a.length < b.length && a.every((w) => b.includes(w));

/** Frameworks and meetings named more and less fully: the shorter is the longer when its words are a subset and only one longer name fits. */
function mergeSubsets(entities: DraftEntity[], byKey: Map<string, DraftEntity>): void {
  for (const kind of ["Framework", "Meeting", "Official"] as const) {
    const list = entities.filter((e) => e.kind === kind);
    for (const small of list) {
      const sw = words(small.name);
      const bigger = list.filter((b) => b !== small && subsetOf(sw, words(b.name)) && ordinalsAgree(small.detail, b.detail) && (kind !== "Official" || sw.length >= 2));
      if (bigger.length !== 1) continue;
      const big = bigger[0]!;
      big.mentions.push(...small.mentions);
      big.reasons.push(`"${small.name}" is a shorter form of "${big.name}"`);
      if (kind !== "Official") big.shortForms.push({ name: small.name, kind: "short" });
      big.detail = { ...small.detail, ...big.detail };
      entities.splice(entities.indexOf(small), 1);
      byKey.set(small.key, big);
    }
  }
  // "HLTF-ACV Meeting" is the meeting of the body called HLTF-ACV.
  for (const m of entities.filter((e) => e.kind === "Meeting")) {
    const body = m.name.replace(/\s+(?:Meeting|Summit|Conference|Retreat)s?$/u, "");
    if (body === m.name) continue;
    const owner = entities.find((e) => e !== m && e.kind === "Meeting" && e.mentions.some((x) => x.detail.acronym === body || x.text.endsWith(body)));
    const viaBody = entities.find(
      (o) => (o.kind === "Organisation" && o.shortForms.some((s) => s.name === body)) || (o.kind === "Organisation" && o.mentions.some((x) => x.detail.acronym === body)),
    );
    const target = owner ?? (viaBody ? entities.find((e) => e !== m && e.kind === "Meeting" && e.name.includes(viaBody.name)) : undefined);
    if (!target || !ordinalsAgree(m.detail, target.detail)) continue;
    target.mentions.push(...m.mentions);
    target.shortForms.push({ name: m.name, kind: "short" });
    entities.splice(entities.indexOf(m), 1);
    byKey.set(m.key, target);
  }
}

const ordinalsAgree = (a: MentionDetail, b: MentionDetail) => a.ordinal === undefined || b.ordinal === undefined || a.ordinal === b.ordinal;

/** A meeting's series: the acronym of the body it is of, or of the meeting itself. */
function seriesOf(meeting: DraftEntity, entities: readonly DraftEntity[]): string | undefined {
  const body = entities.find((e) => e.kind === "Organisation" && e.mentions.some((m) => meeting.mentions.some((x) => x.start <= m.start && m.end <= x.end)));
  return body?.detail.acronym ?? meeting.detail.acronym ?? body?.name;
}

/** Two forms the graph knows as names of one entity ("MFAIC" and the ministry's full name) are one entity here too. */
function mergeByGazetteer(entities: DraftEntity[]): void {
  const owner = new Map<string, DraftEntity>();
  for (const e of [...entities]) {
    const ids = new Set(e.mentions.filter((m) => m.gazetteerIds.length === 1).map((m) => m.gazetteerIds[0]!));
    const into = [...ids].map((id) => owner.get(id)).find((o) => o && o.kind === e.kind && o !== e);
    if (into) {
      into.mentions.push(...e.mentions);
      for (const s of [{ name: e.name, kind: isAcronym(e.name) ? ("acronym" as const) : ("short" as const) }, ...e.shortForms]) {
        if (s.name !== into.name && !into.shortForms.some((x) => x.name === s.name)) into.shortForms.push(s);
      }
      into.detail = { ...e.detail, ...into.detail };
      entities.splice(entities.indexOf(e), 1);
      continue;
    }
    for (const id of ids) if (!owner.has(id)) owner.set(id, e);
  }
}

/**
 * Thai and Khmer articles give a name's English form in parentheses after it
 * ("แผนงานประชาคมการเมืองและความมั่นคงอาเซียน ค.ศ. ๒๐๒๕ (APSC Blueprint 2025)"):
 * the two are one entity, the English form its translation (or acronym).
 */
function mergeParenthesisedNames(text: string, entities: DraftEntity[]): void {
  for (const a of [...entities]) {
    if (!entities.includes(a)) continue;
    for (const m of [...a.mentions]) {
      if (!UNSPACED_SCRIPT.test(m.text)) continue;
      const after = /^\s?\(([^()]{2,100})\)/u.exec(text.slice(m.end));
      if (!after || UNSPACED_SCRIPT.test(after[1]!)) continue;
      const start = m.end + after[0].indexOf("(") + 1;
      const b = entities.find((e) => e !== a && e.kind === a.kind && e.mentions.some((x) => x.start === start && x.end === start + after[1]!.length));
      if (!b) continue;
      a.mentions.push(...b.mentions);
      for (const f of [{ name: b.name, kind: isAcronym(b.name) ? ("acronym" as const) : ("translation" as const) }, ...b.shortForms]) {
        if (f.name !== a.name && !a.shortForms.some((x) => x.name === f.name)) a.shortForms.push(f);
      }
      a.reasons.push(`"${b.name}" follows it in parentheses`);
      entities.splice(entities.indexOf(b), 1);
    }
  }
}

/** Every other place the article repeats an entity's name, where no rule marked it ("… in the Laotian city of Luang Prabang"). */
function findRepeats(text: string, entities: DraftEntity[]): void {
  const taken = entities.flatMap((e) => e.mentions);
  for (const e of entities) {
    if (e.kind === "Country" || e.detail.designation) continue;
    const forms = new Set(
      e.mentions
        .filter((m) => m.source !== "short-form" && m.text.length >= 3 && (m.text.split(/\s+/).length >= 2 || isAcronym(m.text) || /[\u0E00-\u0E7F\u1780-\u17FF]/u.test(m.text)))
        .map((m) => m.text),
    );
    // An acronym the article defined in parentheses, even one of two words ("ADSOM WG"), names it wherever it recurs.
    for (const s of e.shortForms) if (s.kind === "acronym" && s.name.length >= 3 && s.name.split(/\s+/).every(isAcronym)) forms.add(s.name);
    for (const form of forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const end = i + form.length;
        if (/[\p{L}\d]/u.test(text[i - 1] ?? "") && !/[\u0E00-\u0E7F\u1780-\u17FF]/u.test(form)) continue;
        if (/[\p{L}\d]/u.test(text[end] ?? "") && !/[\u0E00-\u0E7F\u1780-\u17FF]/u.test(form)) continue;
        if (taken.some((t) => t.start < end && i < t.end)) continue;
        const m: Mention = { start: i, end, text: form, kind: e.kind, source: "short-form", confidence: 0.6, reason: `"${form}" again`, detail: {}, gazetteerIds: [] };
        e.mentions.push(m);
        taken.push(m);
      }
    }
  }
}

/** Lone given or family names that no rule marked ("Sophea attended …"): the one person in this article whose name has that word. */
function findLoneNames(text: string, entities: DraftEntity[]): void {
  const people = entities.filter((e) => e.kind === "Official" && !e.detail.designation && e.name.split(/\s+/).length >= 2 && /^[\p{Script=Latin}\s'’-]+$/u.test(e.name));
  const owners = new Map<string, DraftEntity[]>();
  for (const p of people) for (const w of new Set(foldName(p.name).split(" "))) owners.set(w, [...(owners.get(w) ?? []), p]);
  const taken = entities.flatMap((e) => e.mentions);
  for (const m of text.matchAll(/(?<![\p{L}\d])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\d])/gu)) {
    const owner = owners.get(foldName(m[0]));
    if (!owner || owner.length !== 1) continue;
    if (taken.some((t) => t.start <= m.index && m.index < t.end)) continue;
    const person = owner[0]!;
    person.mentions.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: "Official",
      source: "short-form",
      confidence: 0.6,
      reason: `"${m[0]}" is ${person.name} in this article`,
      detail: {},
      gazetteerIds: [],
    });
    if (!person.shortForms.some((s) => s.name === m[0])) person.shortForms.push({ name: m[0], kind: "short" });
  }
}
