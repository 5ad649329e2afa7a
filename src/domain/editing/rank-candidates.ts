import { certaintyOn, type Span } from "../../time/certainty.js";
import { foldKey } from "../annotation/annotation.normalize.js";

/** What an editor knows about the entity they mean. */
export interface Wanted {
  name: string;
  countryId?: string | null;
  organisationId?: string | null;
  on?: string | null;
}

/** What the graph says about one candidate, gathered in batches by the resolver. */
export interface CandidateContext {
  id: string;
  names: string[];
  nameScore: number;
  /** Countries it is tied to: its own, its organisations', the ones it represented. */
  countries: Map<string, string>;
  /** Organisations it belongs to or holds office in. */
  organisations: Map<string, string>;
  /** Offices held, with their spans, for the date check. */
  offices: { title: string; organisation: string; span: Span }[];
}

export interface Ranked {
  id: string;
  score: number;
  reasons: string[];
}

/**
 * Ranks by name first (the full-text score, relative to the best), then by agreement with
 * what the editor knows. Context only ever adds, so a candidate is never hidden for lack
 * of data; the reasons say what was matched, so the editor can judge.
 */
export function rankCandidates(candidates: CandidateContext[], wanted: Wanted): Ranked[] {
  const best = Math.max(...candidates.map((c) => c.nameScore), Number.MIN_VALUE);
  const wantedName = foldKey(wanted.name);
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = c.nameScore / best;
      if (c.names.some((n) => foldKey(n) === wantedName)) {
        score += 0.5;
        reasons.push(`has the name "${wanted.name}"`);
      } else {
        reasons.push("has a similar name");
      }
      if (wanted.countryId && c.countries.has(wanted.countryId)) {
        score += 0.5;
        reasons.push(`tied to ${c.countries.get(wanted.countryId)}`);
      }
      if (wanted.organisationId && c.organisations.has(wanted.organisationId)) {
        score += 0.5;
        reasons.push(`belongs to or holds office in ${c.organisations.get(wanted.organisationId)}`);
      }
      if (wanted.on) {
        const on = wanted.on;
        const certain = c.offices.find((o) => certaintyOn(o.span, on) === "CERTAIN");
        const possible = certain ? undefined : c.offices.find((o) => certaintyOn(o.span, on) === "POSSIBLE");
        if (certain) {
          score += 0.3;
          reasons.push(`was ${certain.title} (${certain.organisation}) on ${on}`);
        } else if (possible) {
          score += 0.1;
          reasons.push(`may have been ${possible.title} (${possible.organisation}) on ${on}`);
        }
      }
      return { id: c.id, score: Math.round(score * 1000) / 1000, reasons };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
