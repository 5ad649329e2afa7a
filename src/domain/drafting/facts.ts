import type { DiscussionMode, FactType, ParticipationRole } from "../../model/fact-types.js";
import type { DraftEntity, DraftFactItem, EntityKind, Mention, Sentence } from "./draft.types.js";
import { MEETING_ANAPHORA } from "./lexicons/meetings.js";
import { triggersFor, type Triggers } from "./lexicons/fact-triggers.js";
import { TITLES_KM, TITLES_TH, titleCase } from "./lexicons/titles.js";
import { cityOf } from "./lexicons/cities.js";
import { countryNames } from "./lexicons/countries.js";
import { INTERNATIONAL_BODIES } from "./lexicons/international-bodies.js";
import type { OrganisationKind } from "../../model/entity-kinds.js";

/**
 * Facts from per-language patterns: a trigger ("led … delegation",
 * "เป็นหัวหน้าคณะผู้แทน", "ដឹកនាំគណៈប្រតិភូ") and the entities around it in the
 * same sentence. Each fact keeps its sentence as evidence, a confidence and the
 * rule that proposed it. Rules never reach across sentences, except that "the
 * meeting" ("ที่ประชุม") refers to the meeting the article is mostly about.
 */

interface Located {
  start: number;
  end: number;
  text: string;
  entity: DraftEntity;
  mention: Mention;
}

type Emit = (f: Omit<DraftFactItem, "sentence" | "subjectKey" | "objectKey" | "countryKey"> & { subject: DraftEntity; object: DraftEntity; country?: DraftEntity }) => void;

const ACTORS: readonly EntityKind[] = ["Official", "Organisation", "Country"];

export function extractFacts(text: string, lang: string, sentences: readonly Sentence[], entities: readonly DraftEntity[]): DraftFactItem[] {
  const all: Located[] = entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, text: mention.text, entity, mention })));
  const main = mainMeeting(entities);
  const bodyMeetings = meetingsOfBodies(all);
  const facts = new Map<string, DraftFactItem>();
  for (const sentence of sentences) {
    const items = all.filter((l) => l.start >= sentence.start && l.end <= sentence.end).sort((a, b) => a.start - b.start || b.end - a.end);
    if (main) {
      for (const m of sentence.text.matchAll(new RegExp(MEETING_ANAPHORA.source, "giu"))) {
        const start = sentence.start + m.index;
        if (items.some((i) => i.start <= start && start < i.end)) continue;
        const meant = meetingMeant(m[0], main, entities);
        items.push({ start, end: start + m[0].length, text: m[0], entity: meant, mention: meant.mentions[0]! });
      }
      items.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    const emit: Emit = ({ subject, object, country, ...rest }) => {
      if (subject === object) return;
      const fact: DraftFactItem = { ...rest, subjectKey: subject.key, objectKey: object.key, ...(country ? { countryKey: country.key } : {}), sentence };
      const id = [fact.type, fact.subjectKey, fact.objectKey, fact.role ?? "", fact.title ?? "", fact.mode ?? ""].join("|");
      const known = facts.get(id);
      if (!known || known.confidence < fact.confidence) facts.set(id, known ? { ...fact, sentence: known.sentence } : fact);
    };
    for (const t of triggersFor(lang, sentence.text)) {
      participation(sentence, items, t, emit, bodyMeetings, main);
      membership(sentence, items, t, emit, entities);
      chairs(text, items, t, emit);
      places(text, sentence, items, t, emit, main);
      frameworks(sentence, items, t, emit, main);
      topics(sentence, items, t, emit, main);
      sequence(sentence, items, t, emit);
      partOf(text, items, t, emit);
      stances(sentence, items, t, emit);
    }
    positions(text, sentence, items, emit, entities);
    cityCountries(items, emit);
    structure(text, items, entities, emit);
  }
  for (const f of bodiesByTheirOfficials([...facts.values()], entities))
    if (![...facts.values()].some((k) => k.type === "BELONGS_TO" && k.subjectKey === f.subjectKey)) facts.set(`owner|${f.subjectKey}`, f);
  for (const f of hostsByPlace([...facts.values()], entities, all))
    if (![...facts.values()].some((k) => k.type === f.type && k.subjectKey === f.subjectKey && k.objectKey === f.objectKey && k.role === f.role))
      facts.set(`host|${f.subjectKey}|${f.objectKey}`, f);
  for (const f of bodiesOfUnnamedSpeakers([...facts.values()], entities))
    if (![...facts.values()].some((k) => k.type === f.type && k.subjectKey === f.subjectKey && k.objectKey === f.objectKey)) facts.set(`body|${f.subjectKey}|${f.objectKey}`, f);
  // A speaker placed at the article's meeting only by inference adds nothing when the article states how they took part.
  const stated = (f: DraftFactItem) => f.type === "PARTICIPATED_IN" && !f.inferredBecause;
  for (const [id, f] of facts) {
    if (
      f.type === "PARTICIPATED_IN" &&
      f.role === "SPOKE" &&
      f.inferredBecause &&
      [...facts.values()].some((k) => k !== f && stated(k) && k.subjectKey === f.subjectKey && k.objectKey === f.objectKey)
    )
      facts.delete(id);
  }
  return [...facts.values()];
}

/**
 * An official the article knows only by office ("the Executive Director of the
 * AHA Centre") speaks for that body: the body took part in the meeting too.
 * Named officials are left out, since a person may attend in another capacity.
 */
export function bodiesOfUnnamedSpeakers(facts: readonly DraftFactItem[], entities: readonly DraftEntity[]): DraftFactItem[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const out: DraftFactItem[] = [];
  for (const took of facts.filter((f) => f.type === "PARTICIPATED_IN" && (f.role === "SPOKE" || f.role === "ATTENDED"))) {
    const official = byKey.get(took.subjectKey);
    if (official?.kind !== "Official" || !official.detail.designation) continue;
    const offices = facts.filter((f) => f.type === "HOLDS_POSITION" && f.subjectKey === official.key && byKey.get(f.objectKey)?.kind === "Organisation");
    if (offices.length !== 1) continue;
    const body = byKey.get(offices[0]!.objectKey)!;
    out.push({
      type: "PARTICIPATED_IN",
      subjectKey: body.key,
      objectKey: took.objectKey,
      role: "ATTENDED",
      sentence: took.sentence,
      confidence: 0.35,
      reason: `${official.name} took part for ${body.name}`,
      inferredBecause: `${official.detail.designation} took part in the meeting on behalf of ${body.name}.`,
    });
  }
  return out;
}

// A department belongs to its ministry rather than to the state directly.
const STATE_OFFICE_KINDS = new Set(["MINISTRY", "GOVERNMENT_BODY"]);

/**
 * A state body whose name names no country belongs to the country its
 * officials serve: a Secretary of State at the ministry leads Cambodia's
 * delegation, or the Deputy Prime Minister is also its minister. Only when the
 * draft ties its officials to exactly one country; proposed as an inference.
 */
function bodiesByTheirOfficials(facts: readonly DraftFactItem[], entities: readonly DraftEntity[]): DraftFactItem[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const out: DraftFactItem[] = [];
  for (const body of entities) {
    if (body.kind !== "Organisation" || !STATE_OFFICE_KINDS.has(body.detail.orgKind ?? "OTHER")) continue;
    const posts = facts.filter((f) => f.type === "HOLDS_POSITION" && f.objectKey === body.key);
    const countries = new Set<string>();
    for (const post of posts) {
      for (const f of facts) {
        if (f.subjectKey !== post.subjectKey) continue;
        if (f.type === "HOLDS_POSITION" && byKey.get(f.objectKey)?.kind === "Country") countries.add(f.objectKey);
        if (f.type === "PARTICIPATED_IN" && f.countryKey) countries.add(f.countryKey);
      }
    }
    if (countries.size !== 1) continue;
    const country = byKey.get([...countries][0]!)!;
    const post = posts[0]!;
    out.push({
      type: "BELONGS_TO",
      subjectKey: body.key,
      objectKey: country.key,
      sentence: post.sentence,
      confidence: 0.4,
      reason: `its officials serve ${country.name}`,
      inferredBecause: `An official of this body acts for ${country.name} in the article.`,
    });
  }
  return out;
}

const SECRETARIAT = /Secretariat|Headquarters|เลขาธิการ|លេខាធិការដ្ឋាន/u;

/**
 * The country a meeting was held in hosted it, as far as the article says
 * nothing else: "held in Hoi An, Vietnam" makes Vietnam the host. Proposed as an
 * inference, on the sentence that says where; not when the meeting was held at
 * an international secretariat, which hosts its own meetings.
 */
function hostsByPlace(facts: readonly DraftFactItem[], entities: readonly DraftEntity[], all: readonly Located[]): DraftFactItem[] {
  const out: DraftFactItem[] = [];
  const byKey = new Map(entities.map((e) => [e.key, e]));
  for (const held of facts.filter((f) => f.type === "HELD_IN")) {
    const where = byKey.get(held.objectKey);
    const country =
      where?.kind === "Country" ? where : facts.find((f) => f.type === "LOCATED_IN" && f.subjectKey === held.objectKey && byKey.get(f.objectKey)?.kind === "Country")?.objectKey;
    const host = typeof country === "string" ? byKey.get(country) : country;
    if (!host) continue;
    // "ณ สำนักงานเลขาธิการอาเซียน กรุงจาการ์ตา", "at the ASEAN Secretariat in Jakarta": anywhere the article says so.
    const places = all.filter((l) => l.entity.key === held.objectKey);
    if (all.some((l) => l.entity.kind === "Organisation" && SECRETARIAT.test(l.entity.name) && places.some((p) => p.start >= l.end && p.start - l.end <= 30))) continue;
    if (all.some((l) => l.entity.key === held.subjectKey && SECRETARIAT.test(l.text))) continue;
    if (out.some((f) => f.objectKey === held.subjectKey)) continue;
    out.push({
      type: "PARTICIPATED_IN",
      subjectKey: host.key,
      objectKey: held.subjectKey,
      role: "HOSTED",
      sentence: held.sentence,
      confidence: 0.4,
      reason: `held in ${byKey.get(held.objectKey)!.name}, in ${host.name}`,
      inferredBecause: `The meeting was held in ${host.name}; the article does not name another host.`,
    });
  }
  return out;
}

/**
 * The meeting "the consultation" or "the summit" refers to: the one meeting
 * whose name has that word, when the article's main meeting is not so named;
 * otherwise, and always for the plain "the meeting", the main meeting.
 */
export function meetingMeant(phrase: string, main: DraftEntity, entities: readonly DraftEntity[]): DraftEntity {
  const head = /\b(conference|summit|retreat|consultation|forum|dialogue)s?\b/iu.exec(phrase)?.[1]?.toLowerCase();
  if (!head) return main;
  const has = (e: DraftEntity) => [e.name, ...e.mentions.map((x) => x.text)].some((n) => new RegExp(`\\b${head}s?\\b`, "iu").test(n));
  if (has(main)) return main;
  const named = entities.filter((e) => e.kind === "Meeting" && e !== main && has(e));
  return named.length === 1 ? named[0]! : main;
}

function mainMeeting(entities: readonly DraftEntity[]): DraftEntity | undefined {
  const meetings = entities.filter((e) => e.kind === "Meeting");
  return meetings.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

const at = (sentence: Sentence, re: RegExp) => {
  const m = re.exec(sentence.text);
  return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0] } : undefined;
};
const before = (items: readonly Located[], pos: number, kinds: readonly EntityKind[]) => [...items].reverse().find((i) => i.end <= pos && kinds.includes(i.entity.kind));
const after = (items: readonly Located[], pos: number, kinds: readonly EntityKind[]) => items.find((i) => i.start >= pos && kinds.includes(i.entity.kind));
const inside = (items: readonly Located[], outer: Located, kinds: readonly EntityKind[]) =>
  items.find((i) => i !== outer && i.start >= outer.start && i.end <= outer.end && kinds.includes(i.entity.kind));

/** Led a delegation, attended, spoke, chaired, hosted. */
/**
 * Bodies with one meeting in the article named after them ("a meeting of the
 * ADSOM WG"), so that "Cambodia hosted the ADSOM WG" is read as hosting that
 * meeting. The body must end the meeting's name, as "… of the X" does.
 */
function meetingsOfBodies(all: readonly Located[]): Map<DraftEntity, DraftEntity> {
  const meetings = new Map<DraftEntity, Set<DraftEntity>>();
  for (const m of all.filter((l) => l.entity.kind === "Meeting")) {
    for (const o of all.filter((l) => l.entity.kind === "Organisation" && l.start > m.start && l.end <= m.end && l.end >= m.end - 24)) {
      meetings.set(o.entity, (meetings.get(o.entity) ?? new Set()).add(m.entity));
    }
  }
  return new Map([...meetings].filter(([, set]) => set.size === 1).map(([body, set]) => [body, [...set][0]!]));
}

function participation(
  sentence: Sentence,
  items: readonly Located[],
  t: Triggers,
  emit: Emit,
  bodyMeetings: ReadonlyMap<DraftEntity, DraftEntity> = new Map(),
  main?: DraftEntity,
): void {
  const meetingOrBody = (pos: number): Located | undefined => {
    const meeting = after(items, pos, ["Meeting"]);
    const body = items.find((i) => i.start >= pos && bodyMeetings.has(i.entity));
    if (body && (!meeting || body.start < meeting.start)) return { ...body, entity: bodyMeetings.get(body.entity)! };
    return meeting;
  };
  const meetingAfter = (pos: number) => meetingOrBody(pos) ?? before(items, pos, ["Meeting"]);
  const led = at(sentence, t.led);
  if (led) {
    const who = before(items, led.start, ["Official"]) ?? after(items, led.end, ["Official"]);
    const meeting = meetingAfter(led.end);
    const country = [...items]
      .filter((i) => i.entity.kind === "Country" && i.start >= led.start - 40 && i.start <= led.end + 20)
      .sort((a, b) => Math.abs(a.start - led.end) - Math.abs(b.start - led.end))[0];
    if (who && meeting)
      emit({
        type: "PARTICIPATED_IN",
        subject: who.entity,
        object: meeting.entity,
        role: "LED_DELEGATION",
        country: country?.entity,
        confidence: 0.8,
        reason: `"${led.text.slice(0, 40)}" with ${who.text} and ${meeting.text}`,
      });
  }
  const rules: [RegExp, ParticipationRole, readonly EntityKind[], number][] = [
    [t.attended, "ATTENDED", ACTORS, 0.65],
    [t.hosted, "HOSTED", ["Country", "Organisation"], 0.65],
    [t.chaired, "CHAIRED", ["Official", "Country"], 0.6],
    [t.spoke, "SPOKE", ["Official"], 0.5],
  ];
  for (const [re, role, kinds, confidence] of rules) {
    const hit = at(sentence, re);
    if (!hit) continue;
    if (role === "ATTENDED" && led && who(items, led.start)) continue;
    // "the Cambodian delegation, alongside other ASEAN representatives, participated in …": the delegation's country.
    const delegation =
      role === "ATTENDED"
        ? [...items].reverse().find((i) => i.end <= hit.start && i.entity.kind === "Country" && /^\s+delegation\b/u.test(sentence.text.slice(i.end - sentence.start)))
        : undefined;
    let subject = delegation ?? before(items, hit.start, kinds);
    if (subject && role === "SPOKE" && hit.start - subject.end > 80) subject = undefined;
    if (!subject && (role === "SPOKE" || role === "CHAIRED")) subject = after(items, hit.end, kinds);
    const meeting = meetingAfter(hit.end);
    if (!meeting && subject && main && role === "SPOKE" && !t.hearsay.test(hit.text)) {
      emit({
        type: "PARTICIPATED_IN",
        subject: subject.entity,
        object: main,
        role,
        confidence: 0.35,
        reason: `"${hit.text}" with ${subject.text}, in an article about ${main.name}`,
        inferredBecause: `The article is about ${main.name}; the sentence gives what ${subject.entity.name} said there.`,
      });
      continue;
    }
    if (!subject || !meeting || subject.entity.kind === "Meeting") continue;
    if (subject.start >= meeting.start && subject.end <= meeting.end) continue;
    emit({ type: "PARTICIPATED_IN", subject: subject.entity, object: meeting.entity, role, confidence, reason: `"${hit.text}" with ${subject.text} and ${meeting.text}` });
  }
  const chairedBy = at(sentence, t.chairedBy);
  if (chairedBy) {
    const chair = items.find((i) => i.start >= chairedBy.start && i.end <= chairedBy.end + 2 && (i.entity.kind === "Official" || i.entity.kind === "Country"));
    const meeting = before(items, chairedBy.start, ["Meeting"]);
    if (chair && meeting)
      emit({
        type: "PARTICIPATED_IN",
        subject: chair.entity,
        object: meeting.entity,
        role: "CHAIRED",
        confidence: 0.65,
        reason: `"${chairedBy.text.slice(0, 30)}…" names the chair of ${meeting.text}`,
      });
  }
  function who(list: readonly Located[], pos: number) {
    return before(list, pos, ["Official"]);
  }
}

/**
 * "with other ASEAN member states", "alongside other ASEAN representatives":
 * the country nearest the words is a member of the body they name. Only for a
 * country the lexicon lists as a member when it lists the body's members.
 */
function membership(sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit, entities: readonly DraftEntity[]): void {
  const hit = t.otherMembers.exec(sentence.text);
  if (!hit) return;
  const bodyName = hit[1] ?? hit[2];
  if (!bodyName) return;
  const body = entities.find((e) => e.kind === "Organisation" && [e.name, ...e.mentions.map((m) => m.text), ...e.shortForms.map((f) => f.name)].includes(bodyName));
  if (!body) return;
  const lexicon = INTERNATIONAL_BODIES.find((b) => b.names[0] === body.name);
  const pos = sentence.start + hit.index;
  const country = items.filter((i) => i.entity.kind === "Country").sort((a, b) => Math.abs(a.start - pos) - Math.abs(b.start - pos))[0];
  if (!country || (lexicon?.members && !lexicon.members.includes(country.entity.key.replace(/^country:/u, "")))) return;
  emit({
    type: "MEMBER_OF",
    subject: country.entity,
    object: body,
    confidence: 0.45,
    reason: `"${hit[0]}" near ${country.text}`,
    inferredBecause: `"${hit[0]}" implies that ${country.entity.name} is a member of ${body.name} too.`,
  });
}

/** A country chairs a body: "Laos, the ASEAN Chair for 2024", "Cambodia’s role as ASEAN chair", "ไทยในฐานะประธานอาเซียน". */
function chairs(text: string, items: readonly Located[], t: Triggers, emit: Emit): void {
  for (let i = 0; i < items.length; i++) {
    const country = items[i]!;
    if (country.entity.kind !== "Country") continue;
    const body = items.slice(i + 1).find((o) => o.entity.kind === "Organisation" && o.start - country.end <= 40);
    if (!body) continue;
    const between = text.slice(country.end, body.start);
    const tail = text.slice(body.end, body.end + 16);
    const stated = (t.chairBefore.test(between) && (t.chairAfter.test(tail) || /ประธาน|ប្រធាន|Chủ tịch|Ketua|chair/u.test(between))) || false;
    if (!stated) continue;
    emit({
      type: "CHAIRS",
      subject: country.entity,
      object: body.entity,
      confidence: 0.55,
      reason: `"${country.text}${between}${body.text}${t.chairAfter.exec(tail)?.[0] ?? ""}"`,
    });
  }
}

/** Held in, and where a place is: "… Meeting … in Hoi An, Vietnam". */
function places(text: string, sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit, main?: DraftEntity): void {
  for (let i = 0; i < items.length; i++) {
    const place = items[i]!;
    if (place.entity.kind !== "Place") continue;
    const lead = text.slice(Math.max(sentence.start, place.start - 60), place.start);
    const chained = i > 0 && items[i - 1]!.entity.kind === "Place" && /^\s*,?\s*$/.test(text.slice(items[i - 1]!.end, place.start));
    if (!t.placeMarker.test(lead) && !chained) continue;
    const meeting = before(items, place.start, ["Meeting"]);
    if (meeting && !items.slice(items.indexOf(meeting) + 1, i).some((x) => x.entity.kind === "Official" && x.start > meeting.end + 80)) {
      emit({
        type: "HELD_IN",
        subject: meeting.entity,
        object: place.entity,
        confidence: chained ? 0.5 : 0.6,
        reason: `${place.text} follows ${meeting.text} after "${lead.trim().split(/\s+/).slice(-2).join(" ")}"`,
      });
    }
    // "as ASEAN counterparts meet in Phnom Penh": where the article's meeting is, when the sentence names no meeting.
    else if (!meeting && main && !chained && t.metIn.test(lead) && !items.some((x) => x.entity.kind === "Meeting")) {
      emit({
        type: "HELD_IN",
        subject: main,
        object: place.entity,
        confidence: 0.45,
        reason: `"${lead.trim().split(/\s+/).slice(-2).join(" ")}" ${place.text}, in an article about ${main.name}`,
        inferredBecause: `The article is about ${main.name}; the sentence says its participants met in ${place.entity.name}.`,
      });
    }
  }
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if ((a.entity.kind !== "Place" && a.entity.kind !== "Organisation") || (b.entity.kind !== "Place" && b.entity.kind !== "Country")) continue;
    if (a.entity.kind === "Organisation" && b.entity.kind === "Country") continue;
    if (items.some((o) => o !== a && o.start <= a.start && a.end <= o.end)) continue;
    const gap = text.slice(a.end, b.start);
    if (/^\s*,?\s*$/.test(gap) || /^\s+in\s+(?:the\s+)?$/i.test(gap)) {
      emit({ type: "LOCATED_IN", subject: a.entity, object: b.entity, confidence: 0.55, reason: `"${a.text}${gap}${b.text}"` });
    }
  }
}

/**
 * A city or province the lexicon knows lies in its country, proposed where a
 * sentence names both ("the Laotian city of Luang Prabang", "Cambodia’s
 * territory, particularly near Banteay Meanchey province"). Only within one
 * sentence, so the evidence shows the two together; marked inferred, since the
 * words need not say where the place is.
 */
function cityCountries(items: readonly Located[], emit: Emit): void {
  for (const place of items) {
    if (place.entity.kind !== "Place") continue;
    const city = cityOf(place.entity.name) ?? cityOf(place.text);
    if (!city) continue;
    const country = items.find((i) => i.entity.kind === "Country" && i.entity.key === `country:${city.iso3}`);
    if (!country) continue;
    emit({
      type: "LOCATED_IN",
      subject: place.entity,
      object: country.entity,
      confidence: 0.5,
      reason: `${city.name} is a ${city.kind === "PROVINCE" ? "province" : "city"} of ${country.entity.name}, named in the same sentence`,
      inferredBecause: `${city.name} lies in ${country.entity.name}; the sentence names both.`,
    });
  }
}

/** Discussed, reviewed or formulated a framework; drafted one. */
function frameworks(sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit, main: DraftEntity | undefined): void {
  const fws = items.filter((i) => i.entity.kind === "Framework");
  if (!fws.length) return;
  for (const [re, mode] of t.discussed) {
    const hit = at(sentence, re);
    if (!hit) continue;
    const meeting = before(items, hit.start, ["Meeting"]) ?? after(items, hit.end, ["Meeting"]);
    const subject = meeting?.entity ?? undefined;
    if (!subject) continue;
    for (const fw of fws.filter((f) => f.start >= hit.start)) {
      emit({ type: "DISCUSSES", subject, object: fw.entity, mode: mode as DiscussionMode, confidence: meeting ? 0.6 : 0.4, reason: `"${hit.text}" with ${fw.text}` });
    }
    break;
  }
  const drafted = at(sentence, t.drafted);
  if (drafted) {
    const fw = after(items, drafted.start, ["Framework"]);
    const actors = items.filter((i) => i.end <= drafted.start && (i.entity.kind === "Country" || i.entity.kind === "Organisation") && !(main && i.entity === main));
    const nearest = actors.filter((a) => drafted.start - a.end < 120);
    if (fw) for (const a of nearest.slice(-2)) emit({ type: "DRAFTED", subject: a.entity, object: fw.entity, confidence: 0.5, reason: `"${drafted.text}" after ${a.text}` });
  }
}

/**
 * A meeting took up a topic: the sentence says it was discussed or reviewed,
 * or the words right before the topic make it the matter at hand ("to address
 * the political crisis in Myanmar", "insights into the importance of disaster
 * preparedness"). The meeting is the one the sentence names, else the one the
 * article is about; with neither, no fact.
 */
export function topics(sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit, main: DraftEntity | undefined): void {
  const found = items.filter((i) => i.entity.kind === "Topic");
  if (!found.length) return;
  const said = t.discussed.map(([re, mode]) => [at(sentence, re), mode] as const).find(([hit, mode]) => hit && mode !== "FORMULATED");
  for (const topic of found) {
    const cue = t.topicCue.exec(sentence.text.slice(Math.max(0, topic.start - sentence.start - 60), topic.start - sentence.start));
    if (!cue && !said) continue;
    const meeting = before(items, topic.start, ["Meeting"]) ?? after(items, topic.end, ["Meeting"]);
    const subject = meeting?.entity ?? main;
    if (!subject) continue;
    const mode = (said && said[1]) || "DISCUSSED";
    const why = cue ? `"${cue[0].trim()}" before ${topic.text}` : `"${said![0]!.text}" with ${topic.text}`;
    emit({
      type: "DISCUSSES",
      subject,
      object: topic.entity,
      mode: mode as DiscussionMode,
      confidence: meeting ? 0.55 : 0.4,
      reason: why,
      ...(meeting ? {} : { inferredBecause: `The article is about ${subject.name}; the sentence takes up ${topic.entity.name}.` }),
    });
  }
}

/** "Following the HLTF-ACV Meeting, … took part in a Regional Consultation": the later meeting follows the one the sentence opens with. */
export function sequence(sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit): void {
  const meetings = items.filter((i) => i.entity.kind === "Meeting");
  const first = meetings[0];
  if (!first || !t.followingOpening.test(sentence.text.slice(0, first.start - sentence.start))) return;
  const later = meetings.find((m) => m.start > first.end && m.entity !== first.entity);
  if (later)
    emit({
      type: "FOLLOWS",
      subject: later.entity,
      object: first.entity,
      confidence: 0.5,
      reason: `"${sentence.text.slice(0, first.start - sentence.start).trim()}" ${first.text}, then ${later.text}`,
    });
}

/** "the APSC Strategic Plan, a core component of the ASEAN Community Vision 2045": a framework part of a larger one. */
export function partOf(text: string, items: readonly Located[], t: Triggers, emit: Emit): void {
  const fws = items.filter((i) => i.entity.kind === "Framework");
  for (let i = 0; i + 1 < fws.length; i++) {
    const part = fws[i]!;
    const whole = fws[i + 1]!;
    if (whole.entity === part.entity || whole.start - part.end > 80) continue;
    const between = text.slice(part.end, whole.start);
    if (t.partOf.test(between))
      emit({ type: "PART_OF", subject: part.entity, object: whole.entity, confidence: 0.55, reason: `"${between.trim()}" between ${part.text} and ${whole.text}` });
  }
}

/** Upholds, adopted, withdrew from: the actor nearest before the words, each framework after them. */
function stances(sentence: Sentence, items: readonly Located[], t: Triggers, emit: Emit): void {
  const rules: [RegExp, "SUPPORTS" | "ADOPTED" | "WITHDREW_FROM", number][] = [
    [t.withdrew, "WITHDREW_FROM", 0.5],
    [t.adopted, "ADOPTED", 0.45],
    [t.supports, "SUPPORTS", 0.4],
  ];
  const claimed = new Set<DraftEntity>();
  for (const [re, type, confidence] of rules) {
    const hit = at(sentence, re);
    if (!hit) continue;
    const actors = items.filter(
      (i) => i.end <= hit.start && hit.start - i.end < 150 && ACTORS.includes(i.entity.kind) && !items.some((o) => o !== i && o.start <= i.start && i.end <= o.end),
    );
    const actor = actors.at(-1);
    if (!actor) continue;
    // "Cambodia and Laos signed …": both actors when joined by "and".
    const previous = actors.at(-2);
    const both = previous && /^\s*(?:and|และ|និង|và|dan)\s*$/u.test(sentence.text.slice(previous.end - sentence.start, actor.start - sentence.start)) ? [previous, actor] : [actor];
    for (const fw of items.filter((i) => i.entity.kind === "Framework" && i.start >= hit.end && !claimed.has(i.entity))) {
      for (const a of both) emit({ type, subject: a.entity, object: fw.entity, confidence, reason: `"${hit.text}" after ${a.text}` });
      claimed.add(fw.entity);
    }
  }
  const topLevel = (i: Located) => (i.entity.kind === "Country" || i.entity.kind === "Organisation") && !items.some((o) => o !== i && o.start <= i.start && i.end <= o.end);
  for (const m of sentence.text.matchAll(new RegExp(t.cooperatesWith.source, t.cooperatesWith.flags.includes("g") ? t.cooperatesWith.flags : `${t.cooperatesWith.flags}g`))) {
    const start = sentence.start + m.index;
    const partner = items.find((i) => i.start === start + m[0].length && topLevel(i));
    const actor = [...items].reverse().find((i) => i.end <= start && start - i.end < 150 && topLevel(i) && i.entity !== partner?.entity);
    if (partner && actor)
      emit({ type: "COOPERATES_WITH", subject: actor.entity, object: partner.entity, confidence: 0.45, reason: `${actor.text} … "${m[0].trim()}" ${partner.text}` });
  }
  // "With Vietnam, Cambodia negotiated … and continued to foster collaboration": the partner opens the clause.
  if (t.cooperates.test(sentence.text)) {
    for (let i = 0; i + 1 < items.length; i++) {
      const [partner, actor] = [items[i]!, items[i + 1]!];
      if (!topLevel(partner) || !topLevel(actor) || partner.entity === actor.entity) continue;
      if (
        /(?:^|[,;]\s*|\b(?:and|but|meanwhile),?\s+)[Ww]ith\s+(?:the\s+)?$/u.test(sentence.text.slice(0, partner.start - sentence.start)) &&
        /^\s*,\s*(?:the\s+)?$/u.test(sentence.text.slice(partner.end - sentence.start, actor.start - sentence.start))
      ) {
        emit({
          type: "COOPERATES_WITH",
          subject: actor.entity,
          object: partner.entity,
          confidence: 0.4,
          reason: `"with ${partner.text}, ${actor.text}" and "${t.cooperates.exec(sentence.text)![0]}"`,
        });
      }
    }
  }
  const co = at(sentence, t.cooperates);
  if (co) {
    const actors = items.filter(
      (i) => i.end <= co.start && (i.entity.kind === "Country" || i.entity.kind === "Organisation") && !items.some((o) => o !== i && o.start <= i.start && i.end <= o.end),
    );
    const [a, b] = actors.slice(-2);
    if (a && b && a.entity !== b.entity && /^\s*(?:and|และ|និង|và|dan)\s*$/u.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start))) {
      emit({ type: "COOPERATES_WITH", subject: a.entity, object: b.entity, confidence: 0.45, reason: `"${a.text} and ${b.text}" before "${co.text}"` });
    }
  }
}

/** Offices: "Name, Secretary of State at the Ministry of …", "นาย… อธิบดีกรม…", "the Executive Director of the AHA Centre". */
function positions(text: string, sentence: Sentence, items: readonly Located[], emit: Emit, entities: readonly DraftEntity[] = []): void {
  for (const person of items.filter((i) => i.entity.kind === "Official")) {
    const designation = person.entity.detail.designation;
    if (designation && person.mention.detail.designation) {
      const org = inside(items, person, ["Organisation"]);
      if (org && person.entity.detail.title)
        emit({ type: "HOLDS_POSITION", subject: person.entity, object: org.entity, title: person.entity.detail.title, confidence: 0.6, reason: `the office "${designation}"` });
      continue;
    }
    const rest = text.slice(person.end, sentence.end);
    const appositive =
      /^\s*(?:,|–|—|-)\s*(?:a |an |the )?((?:[\p{L}\-’']+\s+){0,5}?(?:minister|secretary of state|secretary|director-general|director|ambassador|president|chairman|chair|spokesperson|head|chief|envoy|representative|fellow|researcher|adviser|advisor|governor|commander|leader|official)(?:\s+of\s+state)?)\s+(?:at|of|in|with)\s+(?:the\s+)?/iu.exec(
        rest,
      );
    if (appositive) {
      let org = items.find((i) => i.start === person.end + appositive[0].length && (i.entity.kind === "Organisation" || i.entity.kind === "Country"));
      // "the permanent secretary of Myanmar’s Foreign Ministry": the office is in the ministry the possessive country owns.
      const owned = org?.entity.kind === "Country" ? items.find((i) => i.entity.kind === "Organisation" && /^[’']s\s+$/u.test(text.slice(org!.end, i.start))) : undefined;
      if (owned) org = owned;
      if (org)
        emit({
          type: "HOLDS_POSITION",
          subject: person.entity,
          object: org.entity,
          title: titleCase(appositive[1]!.trim()),
          confidence: 0.75,
          reason: `"${person.text}${appositive[0]}${org.text}"`,
        });
    }
    for (const [local, english] of [...TITLES_TH, ...TITLES_KM]) {
      const gap = /^\s?/.exec(rest)![0].length;
      if (!rest.startsWith(local, gap)) continue;
      const org = items.find((i) => i.start >= person.end + gap + local.length && i.start <= person.end + gap + local.length + 1 && i.entity.kind === "Organisation");
      if (org) emit({ type: "HOLDS_POSITION", subject: person.entity, object: org.entity, title: english, confidence: 0.75, reason: `"${local}" (${english}) before ${org.text}` });
      break;
    }
    const title = person.mention.detail.title;
    if (title) {
      const minister = /\bMinister of ([\p{L}\s,’'-]+)$/u.exec(title);
      const ministry = minister && items.find((i) => i.entity.kind === "Organisation" && i.entity.name.endsWith(`Ministry of ${minister[1]!.trim()}`));
      const lead = text.slice(Math.max(sentence.start, person.start - title.length - 20), person.start);
      const country = [...items]
        .reverse()
        .find((i) => i.entity.kind === "Country" && i.end <= person.start && /^[’']s\s/u.test(text.slice(i.end, i.end + 3)) && i.end >= person.start - title.length - 6);
      if (ministry)
        emit({
          type: "HOLDS_POSITION",
          subject: person.entity,
          object: ministry.entity,
          title: `Minister of ${minister![1]!.trim()}`,
          confidence: 0.6,
          reason: `"${title}" names ${ministry.text}`,
        });
      // A portfolio minister ("Cambodia’s Foreign Minister") holds office in a ministry, not in the country itself.
      else if (country && !(PORTFOLIO_MINISTER.test(title) && !NOT_PORTFOLIO.test(title)))
        emit({ type: "HOLDS_POSITION", subject: person.entity, object: country.entity, title, confidence: 0.55, reason: `"${lead.trim()}" before the name` });
      nationalOffice(text, sentence, items, person, title, emit);
      officeInBody(items, person, title, entities, emit);
    }
  }
}

/**
 * The body an office before a name belongs to, when the words say which:
 * "MFAIC Permanent Secretary of State Eat Sophea" (the office opens with the
 * body's name or acronym), or "Foreign Affairs Minister Prak Sokhonn" when the
 * article names exactly one ministry whose name has the portfolio's words.
 */
function officeInBody(items: readonly Located[], person: Located, title: string, entities: readonly DraftEntity[], emit: Emit): void {
  const orgs = entities.filter((e) => e.kind === "Organisation");
  const lead = orgs.find((o) => [o.name, ...o.shortForms.map((f) => f.name)].some((n) => title.startsWith(n + " ")));
  if (lead) {
    const name = [lead.name, ...lead.shortForms.map((f) => f.name)].find((n) => title.startsWith(n + " "))!;
    const office = title.slice(name.length + 1).trim();
    if (office && !items.some((i) => i.entity === lead && i.end > person.start))
      emit({ type: "HOLDS_POSITION", subject: person.entity, object: lead, title: office, confidence: 0.6, reason: `"${title}" opens with ${name}` });
    return;
  }
  for (const part of title.split(/\s+and\s+/u)) {
    const portfolio = /^(?:(.+?)\s+Minister|Minister\s+(?:of|for)\s+(.+))$/u.exec(part.trim());
    const words = (portfolio?.[1] ?? portfolio?.[2])?.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Deputy|Vice|Prime|Senior|Acting|First|Second)$/u.test(w));
    if (!words?.length) continue;
    const fits = orgs.filter((o) => o.detail.orgKind === "MINISTRY" && words.every((w) => o.name.split(/\s+/u).includes(w)));
    if (fits.length !== 1) continue;
    const ministry = fits[0]!;
    emit({
      type: "HOLDS_POSITION",
      subject: person.entity,
      object: ministry,
      title: `Minister ${ministry.name.replace(/^Ministry\s+/u, "")}`,
      confidence: 0.5,
      reason: `"${part.trim()}" and ${ministry.name}, the article's only ministry of ${words.join(" ")}`,
    });
  }
}

/** "Foreign Minister", "Minister of Defence": an office in a ministry. Prime ministers are not portfolio ministers. */
const PORTFOLIO_MINISTER = /\bMinister\b/u;
const NOT_PORTFOLIO = /\bPrime Minister\b/u;

/** Offices held in a state itself rather than in one of its bodies. */
const NATIONAL_OFFICES = new Set([
  "King",
  "Queen",
  "Sultan",
  "Emperor",
  "Crown Prince",
  "Prime Minister",
  "Deputy Prime Minister",
  "President",
  "Vice President",
  "Vice-President",
]);

/**
 * A head of state or government holds office in the country: the one named
 * right before the office ("Thai Prime Minister …", "Cambodia’s King …"), or
 * else the only country the sentence names ("In 2024, Cambodia … visits from
 * King Norodom Sihamoni"). "Senate President" is not "President": the office
 * must be one of the national offices as a whole, or one of several joined by
 * "and" ("Deputy Prime Minister and Foreign Affairs Minister").
 */
function nationalOffice(text: string, sentence: Sentence, items: readonly Located[], person: Located, title: string, emit: Emit): void {
  const countries = items.filter((i) => i.entity.kind === "Country");
  const titleStart = text.lastIndexOf(title, person.start);
  // A country written into the office ("Thai Prime Minister") or right before it ("Cambodia’s King").
  const adjacent =
    countries.find((c) => titleStart >= 0 && c.start >= titleStart && c.end < person.start) ??
    countries.find((c) => c.end <= titleStart && /^(?:[’']s)?\s+$/u.test(text.slice(c.end, titleStart)));
  const bare =
    adjacent && adjacent.start >= titleStart
      ? title
          .replace(adjacent.text, "")
          .replace(/^[’']s/u, "")
          .trim()
      : title;
  const office = bare
    .split(/\s+and\s+/u)
    .map((t) => t.trim())
    .find((t) => NATIONAL_OFFICES.has(t));
  if (!office) return;
  const distinct = [...new Set(countries.map((c) => c.entity))];
  const country = adjacent?.entity ?? (distinct.length === 1 ? distinct[0] : undefined);
  if (!country) return;
  emit({
    type: "HOLDS_POSITION",
    subject: person.entity,
    object: country,
    title: office,
    confidence: adjacent ? 0.6 : 0.45,
    reason: adjacent ? `"${adjacent.text}" before the office "${office}"` : `the office "${office}" and ${country.name}, the only country the sentence names`,
    ...(adjacent ? {} : { inferredBecause: `A ${office} holds office in a country; ${country.name} is the only one this sentence names.` }),
  });
}

/** What the names themselves say: a meeting is of the body named in it; "Department of X at the Ministry of Y"; "ASEAN Secretariat" belongs to ASEAN. */
function structure(text: string, items: readonly Located[], entities: readonly DraftEntity[], emit: Emit): void {
  for (const m of items.filter((i) => i.entity.kind === "Meeting")) {
    const body = items.find((i) => i.entity.kind === "Organisation" && i.start > m.start && i.end <= m.end && i.end >= m.end - 24);
    if (body) emit({ type: "MEETING_OF", subject: m.entity, object: body.entity, confidence: 0.7, reason: `"${m.text}" names ${body.text}` });
    const owner = ownerOf(m.text, entities);
    if (owner) emit({ type: "MEETING_OF", subject: m.entity, object: owner, confidence: 0.5, reason: `"${m.text}" is ${owner.name}’s` });
  }
  const orgs = items.filter((i) => i.entity.kind === "Organisation");
  for (const o of orgs) {
    const next = items.find((i) => i.start > o.end && i.start <= o.end + 12 && (i.entity.kind === "Organisation" || i.entity.kind === "Country"));
    // "the ADSOM WG of Cambodia" is Cambodia's part in a regional body, which belongs to no one country.
    const regional = next?.entity.kind === "Country" && (o.entity.detail.orgKind === "ASEAN_BODY" || o.entity.detail.orgKind === "INTERNATIONAL_ORGANISATION");
    if (next && !regional && /^\s+(?:at|of|under|within)\s+(?:the\s+)?$/u.test(text.slice(o.end, next.start)) && o.entity.detail.orgKind !== "MINISTRY") {
      emit({ type: "BELONGS_TO", subject: o.entity, object: next.entity, confidence: 0.55, reason: `"${o.text}${text.slice(o.end, next.start)}${next.text}"` });
    }
    const parent = entities.find((p) => p.kind === "Organisation" && p !== o.entity && o.text.startsWith(p.name + " "));
    if (parent) emit({ type: "BELONGS_TO", subject: o.entity, object: parent, confidence: 0.45, reason: `"${o.text}" is named after ${parent.name}` });
    const owner = [...items].reverse().find((c) => c.entity.kind === "Country" && c.end <= o.start && /^[’']s\s+$/u.test(text.slice(c.end, o.start)));
    if (owner) emit({ type: "BELONGS_TO", subject: o.entity, object: owner.entity, confidence: 0.55, reason: `"${owner.text}’s ${o.text}"` });
    namedCountry(o, entities, emit);
    namedBody(o, entities, emit);
  }
}

/**
 * The body a possessive names ("the ministry’s annual conference"): the one
 * organisation in the article called that, by name or short form, or whose
 * name has that word as its head ("the ministry" when the article names one
 * ministry). Nobody when two fit.
 */
function ownerOf(meeting: string, entities: readonly DraftEntity[]): DraftEntity | undefined {
  const word = /^(?:the|its|their)\s+([\p{L}-]+)[’']s\s/u.exec(meeting)?.[1];
  if (!word) return undefined;
  const folded = word.toLowerCase();
  const orgs = entities.filter((e) => e.kind === "Organisation");
  const named = orgs.filter((e) => [e.name, ...e.shortForms.map((f) => f.name)].some((n) => n.toLowerCase() === folded));
  const headed = orgs.filter((e) => e.name.split(/\s+/u)[0]!.toLowerCase() === folded);
  const fits = named.length ? named : headed;
  return fits.length === 1 ? fits[0] : undefined;
}

/** Kinds of body that are a state's own; others (a research centre, a newspaper) are only located in the country they name. */
const STATE_BODIES: readonly OrganisationKind[] = ["MINISTRY", "DEPARTMENT", "GOVERNMENT_BODY", "CENTRE", "OTHER"];

/** Does `name` contain `part` as a whole word? In Thai and Khmer, which have no spaces, any occurrence counts. */
const containsWord = (name: string, part: string) => {
  const i = name.indexOf(part);
  if (i < 0) return false;
  if (/[\u0E00-\u0E7F\u1780-\u17FF]/u.test(part)) return true;
  return !/[\p{L}\d]/u.test(name[i - 1] ?? "") && !/[\p{L}\d]/u.test(name[i + part.length] ?? "");
};

/**
 * A body whose name names exactly one country is that country's ("Cambodian
 * Mine Action Centre", "Ministry of Foreign Affairs of Myanmar", "Senate of
 * Cambodia", "กระทรวงการต่างประเทศไทย"): a state body belongs to it, anything
 * else lies in it. Names naming two countries ("Cambodia-Thailand Joint
 * Commission") say nothing of one owner.
 */
function namedCountry(o: Located, entities: readonly DraftEntity[], emit: Emit): void {
  const kind = o.entity.detail.orgKind ?? "OTHER";
  if (kind === "INTERNATIONAL_ORGANISATION" || kind === "ASEAN_BODY") return;
  const named = new Map<string, string>();
  for (const form of new Set([o.entity.name, o.text])) {
    for (const c of countryNames()) if (c.name.length >= 3 && containsWord(form, c.name)) named.set(c.iso3, c.name);
  }
  if (named.size !== 1) return;
  const [iso3, said] = [...named][0]!;
  const country = entities.find((e) => e.kind === "Country" && e.key === `country:${iso3}`);
  if (!country) return;
  const type = STATE_BODIES.includes(kind) ? "BELONGS_TO" : "LOCATED_IN";
  emit({ type, subject: o.entity, object: country, confidence: 0.55, reason: `its name says "${said}"`, inferredBecause: `The body's name names ${country.name} ("${said}").` });
}

/** A body named after an international organisation ("United Nations Human Rights Council", "สำนักงานเลขาธิการอาเซียน") is part of it, unless it is a state's ministry or department for that organisation ("Department of ASEAN Affairs"). */
function namedBody(o: Located, entities: readonly DraftEntity[], emit: Emit): void {
  const kind = o.entity.detail.orgKind ?? "OTHER";
  if (kind === "MINISTRY" || kind === "DEPARTMENT") return;
  const parents = new Set<DraftEntity>();
  for (const body of INTERNATIONAL_BODIES) {
    const parent = entities.find((e) => e.kind === "Organisation" && e !== o.entity && e.name === body.names[0]);
    if (!parent || o.entity.name === parent.name) continue;
    if (body.names.some((n) => n !== o.entity.name && n !== o.text && (containsWord(o.entity.name, n) || containsWord(o.text, n)))) parents.add(parent);
  }
  // "ASEAN Secretariat" names both the Secretariat and ASEAN: the most specific parent is the one named.
  const list = [...parents].filter((p) => ![...parents].some((q) => q !== p && q.name.includes(p.name)));
  if (list.length !== 1) return;
  emit({
    type: "BELONGS_TO",
    subject: o.entity,
    object: list[0]!,
    confidence: 0.5,
    reason: `its name names ${list[0]!.name}`,
    inferredBecause: `The body's name names ${list[0]!.name}.`,
  });
}

export type { FactType };
