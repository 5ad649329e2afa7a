import { certaintyOn, type Span } from "../../time/certainty.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { searchTerms } from "../search/search-terms.js";
import { ordinalWord } from "../../model/ordinal-word.js";
import { nameOverlap } from "./name-overlap.js";

/** What an editor knows about the entity they mean. */
export interface Wanted {
  name: string;
  kind?: EntityKind | null;
  countryId?: string | null;
  organisationId?: string | null;
  on?: string | null;
}

/** What a meeting candidate says about itself, for matching "16th ADMM" on series, ordinal and date. */
export interface MeetingFacts {
  series?: string | null;
  ordinal?: number | null;
  /** First and last day it could have taken place (ISO days). */
  earliest?: string | null;
  latest?: string | null;
}

/** What the graph says about one candidate, gathered in batches by the resolver. */
export interface CandidateContext {
  id: string;
  kind: EntityKind;
  names: string[];
  nameScore: number;
  /** Countries it is tied to: its own, its organisations', the ones it represented. */
  countries: Map<string, string>;
  /** Organisations it belongs to or holds office in. */
  organisations: Map<string, string>;
  /** Offices held, with their spans, for the date check. */
  offices: { title: string; organisation: string; span: Span }[];
  meeting?: MeetingFacts;
}

export interface Ranked {
  id: string;
  score: number;
  reasons: string[];
}

/**
 * The weights, chosen so the first answer is safe to link:
 * - an exact name or alias (EXACT) outscores a partial overlap (at most 1) plus every
 *   agreement a partial match could add (together below EXACT);
 * - a conflict (another country, another kind, another meeting of the series or another
 *   series) costs CONFLICT, as much as EXACT gives, which takes even an exact name below
 *   any clean partial match (whose score is always above zero).
 */
export const WEIGHTS = {
  EXACT: 5,
  CONFLICT: -5,
  COUNTRY: 0.5,
  ORGANISATION: 0.5,
  OFFICE_CERTAIN: 0.3,
  OFFICE_POSSIBLE: 0.1,
  SERIES: 1,
  ORDINAL: 0.5,
  MEETING_DATE: 0.5,
  /** An ordinal ("16th") names a meeting; other kinds are less likely meant. */
  NOT_A_MEETING: -1,
} as const;

const ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/;

/** The ordinal a name states ("16th ADMM" → 16), if any. */
export function statedOrdinal(name: string): number | undefined {
  for (const word of searchTerms(name)) {
    const m = ORDINAL.exec(word);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const key = (name: string) => searchTerms(name).join(" ");

/** True when `series` occurs as whole words in the wanted name ("ADSOM WG" in "ADSOM WG meeting"). */
function mentionsSeries(wanted: string, series: string): boolean {
  const words = key(wanted).split(" ");
  const seriesWords = key(series).split(" ");
  if (seriesWords.length === 0 || seriesWords[0] === "") return false;
  for (let i = 0; i + seriesWords.length <= words.length; i++) {
    if (seriesWords.every((w, j) => words[i + j] === w)) return true;
  }
  return false;
}

/**
 * Ranks by name first, then by agreement with what the editor knows, and says why in
 * `reasons`, one per consideration, so the editor can judge. Agreement adds, a conflict
 * subtracts strongly (see WEIGHTS); missing data neither adds nor subtracts, so a
 * candidate is never hidden for lack of data.
 */
export function rankCandidates(candidates: CandidateContext[], wanted: Wanted): Ranked[] {
  const best = Math.max(...candidates.map((c) => c.nameScore), Number.MIN_VALUE);
  const wantedKey = key(wanted.name);
  const wantedOrdinal = statedOrdinal(wanted.name);
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = 0;

      const exact = c.names.find((n) => key(n) === wantedKey);
      if (exact !== undefined) {
        score += WEIGHTS.EXACT;
        reasons.push(`has the name "${exact}"`);
      } else {
        const overlap = Math.max(0, ...c.names.map((n) => nameOverlap(wanted.name, n).score));
        const bestName = c.names.reduce((a, n) => (nameOverlap(wanted.name, n).score > nameOverlap(wanted.name, a).score ? n : a), c.names[0] ?? "");
        const variants = nameOverlap(wanted.name, bestName).variants;
        // Scripts written without spaces give no words to compare; the index's own score stands in, at half weight.
        const partial = Math.max(overlap, (0.5 * c.nameScore) / best);
        score += Math.min(partial, 1);
        if (overlap > 0) {
          reasons.push(
            `shares words with "${bestName}" (overlap ${overlap.toFixed(2)})${variants.length ? `, reading ${variants.map(([a, b]) => `"${a}" as "${b}"`).join(", ")}` : ""}`,
          );
        } else {
          reasons.push("has a similar name");
        }
      }

      if (wanted.kind && wanted.kind !== c.kind) {
        score += WEIGHTS.CONFLICT;
        reasons.push(`is a ${c.kind}, not a ${wanted.kind}`);
      } else if (!wanted.kind && wantedOrdinal !== undefined && c.kind !== "Meeting") {
        score += WEIGHTS.NOT_A_MEETING;
        reasons.push(`is a ${c.kind}, while "${ordinalWord(wantedOrdinal)}" names a meeting`);
      }

      if (wanted.countryId) {
        if (c.countries.has(wanted.countryId)) {
          score += WEIGHTS.COUNTRY;
          reasons.push(`tied to ${c.countries.get(wanted.countryId)}`);
        } else if (c.countries.size > 0) {
          score += WEIGHTS.CONFLICT;
          reasons.push(`tied to ${[...c.countries.values()].join(", ")}, not to ${wanted.countryId}`);
        } else {
          reasons.push("no country known");
        }
      }
      if (wanted.organisationId && c.organisations.has(wanted.organisationId)) {
        score += WEIGHTS.ORGANISATION;
        reasons.push(`belongs to or holds office in ${c.organisations.get(wanted.organisationId)}`);
      }
      if (wanted.on) {
        const on = wanted.on;
        const certain = c.offices.find((o) => certaintyOn(o.span, on) === "CERTAIN");
        const possible = certain ? undefined : c.offices.find((o) => certaintyOn(o.span, on) === "POSSIBLE");
        if (certain) {
          score += WEIGHTS.OFFICE_CERTAIN;
          reasons.push(`was ${certain.title} (${certain.organisation}) on ${on}`);
        } else if (possible) {
          score += WEIGHTS.OFFICE_POSSIBLE;
          reasons.push(`may have been ${possible.title} (${possible.organisation}) on ${on}`);
        }
      }
      if (c.meeting) score += rankMeeting(c.meeting, wanted, wantedOrdinal, reasons);
      return { id: c.id, score: Math.round(score * 1000) / 1000, reasons };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Series, ordinal and date of a meeting against the wanted name and day; returns the score to add. */
function rankMeeting(m: MeetingFacts, wanted: Wanted, wantedOrdinal: number | undefined, reasons: string[]): number {
  let score = 0;
  if (m.series) {
    if (mentionsSeries(wanted.name, m.series)) {
      score += WEIGHTS.SERIES;
      reasons.push(`a meeting of the ${m.series} series`);
    } else if (wantedOrdinal !== undefined) {
      score += WEIGHTS.CONFLICT;
      reasons.push(`a meeting of the ${m.series} series, which "${wanted.name}" does not name`);
    }
  }
  if (wantedOrdinal !== undefined && m.ordinal != null) {
    if (m.ordinal === wantedOrdinal) {
      score += WEIGHTS.ORDINAL;
      reasons.push(`is the ${ordinalWord(m.ordinal)}`);
    } else {
      score += WEIGHTS.CONFLICT;
      reasons.push(`is the ${ordinalWord(m.ordinal)}, not the ${ordinalWord(wantedOrdinal)}`);
    }
  }
  if (wanted.on && m.earliest && m.latest) {
    if (m.earliest <= wanted.on && wanted.on <= m.latest) {
      score += WEIGHTS.MEETING_DATE;
      reasons.push(`may have taken place on ${wanted.on}`);
    } else {
      score += WEIGHTS.CONFLICT;
      reasons.push(`took place between ${m.earliest} and ${m.latest}, not on ${wanted.on}`);
    }
  }
  return score;
}
