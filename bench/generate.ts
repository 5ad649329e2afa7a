import type { AnnotationInput } from "../src/domain/annotation/annotation.schema.js";

type Entity = AnnotationInput["entities"][number];
type Fact = AnnotationInput["facts"][number];

/**
 * A deterministic synthetic graph in the model's shape: countries, ministries and ASEAN
 * bodies, officials holding offices in them, and meetings of about twenty participants,
 * each with the country represented. It comes as annotation documents, so it goes into
 * Neo4j through the same validated load path as any article.
 *
 * At 10^5 facts: about 2,000 officials, 300 organisations, 11 countries and 4,200 meetings.
 */

export interface GenerateOptions {
  /** About how many facts the graph holds. */
  facts: number;
  /** Marks ids, series and given names, so two graphs (or two test runs) on one Neo4j never meet. */
  tag?: string;
  seed?: number;
}

/** What the benchmark asks about: ids and terms that exist in the generated graph. */
export interface Probes {
  meetingId: string;
  series: string;
  /** The official in the most meetings: the hardest counterparts question. */
  busiestOfficialId: string;
  /** Two officials who never met: the connection question. */
  connectionFrom: string;
  connectionTo: string;
  /** A given name every official of one name family starts with (the officials list's name filter). */
  namePrefix: string;
  /** A family name, for full-text search. */
  searchText: string;
  title: string;
  countryId: string;
  on: string;
}

export interface GeneratedGraph {
  articles: AnnotationInput[];
  probes: Probes;
  facts: number;
}

export const COUNTRIES = [
  ["BRN", "Brunei Darussalam"],
  ["KHM", "Cambodia"],
  ["IDN", "Indonesia"],
  ["LAO", "Lao PDR"],
  ["MYS", "Malaysia"],
  ["MMR", "Myanmar"],
  ["PHL", "Philippines"],
  ["SGP", "Singapore"],
  ["THA", "Thailand"],
  ["VNM", "Viet Nam"],
  ["TLS", "Timor-Leste"],
] as const;

const TITLES = ["Minister of Foreign Affairs", "Permanent Secretary", "Director-General", "Deputy Minister", "Ambassador", "Senior Official"];
const GIVEN = [
  "Arun",
  "Bopha",
  "Chanra",
  "Dara",
  "Eka",
  "Farid",
  "Giang",
  "Hadi",
  "Intan",
  "Jovan",
  "Kanha",
  "Linh",
  "Malee",
  "Nadia",
  "Osman",
  "Panya",
  "Qadir",
  "Rith",
  "Sari",
  "Tuan",
  "Udom",
  "Vanna",
  "Wira",
  "Yusof",
  "Zaw",
];
const FAMILY = [
  "Abdullah",
  "Bunthoeun",
  "Cuong",
  "Dewantoro",
  "Estrada",
  "Fernandes",
  "Gunawan",
  "Hamzah",
  "Ismail",
  "Jayakumar",
  "Kittikhun",
  "Lertsiri",
  "Manalo",
  "Nguyen",
  "Oudom",
  "Phommachan",
  "Quisumbing",
  "Rahman",
  "Sihanath",
  "Thongchai",
  "Uthai",
  "Vongsa",
  "Wongsuwan",
  "Xayavong",
  "Yap",
];
const BODIES = ["Senior Officials Meeting", "Coordinating Conference", "Ministerial Meeting", "Joint Consultative Meeting", "Working Group", "Task Force"];
const ORG_KINDS = ["MINISTRY", "DEPARTMENT"] as const;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => n.toString(36).padStart(6, "0");
const day = (r: () => number, fromYear: number, years: number) => {
  const start = Date.UTC(fromYear, 0, 1);
  return new Date(start + Math.floor(r() * years * 365) * 86_400_000).toISOString().slice(0, 10);
};

export function generateGraph(options: GenerateOptions): GeneratedGraph {
  const tag = (options.tag ?? "bn").toLowerCase();
  const r = random(options.seed ?? 42);
  const capitalTag = options.tag ? tag.charAt(0).toUpperCase() + tag.slice(1) : "";
  const officialCount = Math.max(40, Math.round(options.facts / 50));
  const organisationCount = Math.max(COUNTRIES.length + 4, Math.round(options.facts / 333));
  const positionsPerOfficial = 1.5;
  const meetingCount = Math.max(4, Math.round((options.facts - officialCount * positionsPerOfficial - organisationCount) / 22));
  // A tagged graph owns its countries too, so it never changes what other data says about the real ones.
  const country = (code: string) => (options.tag ? `country:${tag}c${code.toLowerCase()}` : `country:${code}`);
  // And names them its own way, so a list or a search of the real countries' names never finds them.
  const countryName = (code: string, name: string) => (options.tag ? `${capitalTag} ${code}` : name);
  const series = `${capitalTag || "Bench"} Series`;

  const countries: Entity[] = COUNTRIES.map(([code, name]) => ({ id: country(code), kind: "Country", name: countryName(code, name) }) as Entity);
  const organisations = Array.from({ length: organisationCount }, (_, i) => {
    const home = COUNTRIES[i % COUNTRIES.length]!;
    const asean = i % 7 === 6;
    const name = asean ? `ASEAN ${BODIES[i % BODIES.length]} ${pad(i)}` : `Ministry ${pad(i)} of ${countryName(home[0], home[1])}`;
    return { id: `org:${tag}g${pad(i)}`, kind: "Organisation", name, orgKind: asean ? "ASEAN_BODY" : ORG_KINDS[i % 2], countryCode: home[0], asean } as Entity & {
      countryCode: string;
      asean: boolean;
    };
  });
  const aseanBodies = organisations.filter((o) => o.asean);
  const ministries = organisations.filter((o) => !o.asean);
  const officials = Array.from({ length: officialCount }, (_, i) => {
    const given = `${GIVEN[i % GIVEN.length]}${tag === "bn" ? "" : tag}`;
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
    const ministry = ministries[i % ministries.length]!;
    const name = `${given} ${family} ${pad(i)}`;
    return { entity: { id: `official:${tag}f${pad(i)}`, kind: "Official", name } as Entity, ministry, countryCode: ministry.countryCode };
  });

  const articles: AnnotationInput[] = [];
  let facts = 0;
  let articleSerial = 0;
  const article = (title: string, sentences: string[], entities: Entity[], articleFacts: Fact[], published: string): AnnotationInput => {
    facts += articleFacts.length;
    articleSerial += 1;
    return {
      formatVersion: 1,
      article: { id: `article:${tag}a${pad(articleSerial)}`, title, language: "en", published: { value: published }, text: sentences.join(" ") },
      entities: [...new Map(entities.map((e) => [e.id, e])).values()].map(strip),
      facts: articleFacts,
    };
  };
  const stated = (quote: string) => [{ quote }];

  // Organisations: where each belongs, one article per country.
  for (const [code, realName] of COUNTRIES) {
    const name = countryName(code, realName);
    const own = organisations.filter((o) => o.countryCode === code);
    const sentences = own.map((o) => `${o.name} belongs to ${o.asean ? "ASEAN" : name}.`);
    const orgFacts = own.filter((o) => !o.asean).map((o) => ({ type: "BELONGS_TO", subject: o.id, object: country(code), evidence: stated(sentences[own.indexOf(o)]!) }) as Fact);
    if (orgFacts.length) articles.push(article(`Organisations of ${name}`, sentences, [countries.find((c) => c.id === country(code))!, ...own], orgFacts, "2015-01-01"));
  }

  // Offices: 25 officials to an article, each with one or two offices.
  for (let start = 0; start < officials.length; start += 25) {
    const group = officials.slice(start, start + 25);
    const sentences: string[] = [];
    const entities: Entity[] = [];
    const groupFacts: Fact[] = [];
    for (const [k, o] of group.entries()) {
      const count = (start + k) % 2 === 0 ? 2 : 1;
      for (let p = 0; p < count; p += 1) {
        const title = `${TITLES[(start + k + p * 3) % TITLES.length]!}${capitalTag ? ` ${capitalTag}` : ""}`;
        const from = day(r, 2012 + p * 6, 6);
        const sentence = `${o.entity.name} became ${title} of ${o.ministry.name} on ${from}.`;
        sentences.push(sentence);
        groupFacts.push({ type: "HOLDS_POSITION", subject: o.entity.id, object: o.ministry.id, title, from: { value: from }, evidence: stated(sentence) } as Fact);
      }
      entities.push(o.entity, o.ministry);
    }
    articles.push(article(`Appointments ${pad(start)}`, sentences, entities, groupFacts, "2024-01-01"));
  }

  // Meetings: about twenty participants, a few officials are in many meetings (a power law).
  const attendance = new Map<string, number>();
  for (let m = 0; m < meetingCount; m += 1) {
    const id = `meeting:${tag}m${pad(m)}`;
    const body = aseanBodies[m % aseanBodies.length]!;
    const startDay = day(r, 2015, 11);
    const name = `${ordinal(m + 1)} ${body.name}`;
    const meeting = { id, kind: "Meeting", name, series, ordinal: m + 1, start: { value: startDay } } as Entity;
    const host = COUNTRIES[m % COUNTRIES.length]!;
    const size = 16 + Math.floor(r() * 9);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(size, officials.length)) chosen.add(Math.floor(officials.length * Math.pow(r(), 2.2)));
    const sentences = [`The ${name} was held in ${countryName(host[0], host[1])} on ${startDay}.`, `It was a session of the ${body.name}.`];
    const entities: Entity[] = [meeting, body, countries.find((c) => c.id === country(host[0]))!];
    const meetingFacts: Fact[] = [
      { type: "HELD_IN", subject: id, object: country(host[0]), evidence: stated(sentences[0]!) } as Fact,
      { type: "MEETING_OF", subject: id, object: body.id, evidence: stated(sentences[1]!) } as Fact,
    ];
    const leaders = new Set<string>();
    for (const index of [...chosen].sort((a, b) => a - b)) {
      const o = officials[index]!;
      const leads = !leaders.has(o.countryCode);
      leaders.add(o.countryCode);
      const represented = countries.find((c) => c.id === country(o.countryCode))!;
      const sentence = `${o.entity.name} ${leads ? "led the delegation of" : "attended for"} ${represented.name} at the ${name}.`;
      sentences.push(sentence);
      entities.push(o.entity, represented);
      meetingFacts.push({
        type: "PARTICIPATED_IN",
        subject: o.entity.id,
        object: id,
        role: leads ? "LED_DELEGATION" : "ATTENDED",
        country: represented.id,
        evidence: stated(sentence),
      } as Fact);
      attendance.set(o.entity.id, (attendance.get(o.entity.id) ?? 0) + 1);
    }
    articles.push(article(`The ${name}`, sentences, entities, meetingFacts, startDay));
  }

  const busiest = [...attendance.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const quietest = [...attendance.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]![0];
  const probes: Probes = {
    meetingId: `meeting:${tag}m${pad(Math.floor(meetingCount / 2))}`,
    series,
    busiestOfficialId: busiest,
    connectionFrom: busiest,
    connectionTo: quietest === busiest ? officials[officials.length - 1]!.entity.id : quietest,
    namePrefix: `${GIVEN[3]}${tag === "bn" ? "" : tag}`,
    searchText: `${GIVEN[5]}${tag === "bn" ? "" : tag} ${FAMILY[0]}`,
    title: `${TITLES[0]}${capitalTag ? ` ${capitalTag}` : ""}`,
    countryId: country("KHM"),
    on: "2020-06-30",
  };
  return { articles, probes, facts };
}

/** Drops the generator's bookkeeping fields, which the annotation format would refuse. */
function strip(entity: Entity): Entity {
  const { countryCode: _c, asean: _a, ...rest } = entity as Entity & { countryCode?: string; asean?: boolean };
  return rest as Entity;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}
