import { registerEnumType } from "type-graphql";
import { COUNT_DIMENSIONS, COUNT_ORDERS, COUNT_SUBJECTS } from "../../graph/count.queries.js";
import { asEnum } from "../common/enums.js";

export const CountSubjectEnum = asEnum(COUNT_SUBJECTS);
export const CountDimensionEnum = asEnum(COUNT_DIMENSIONS);
export const CountOrderEnum = asEnum(COUNT_ORDERS);

registerEnumType(CountSubjectEnum, {
  name: "CountSubject",
  description: "What `counts` counts. Entities are counted over their own list's filter; facts over the entities a list's filter selects.",
  valuesConfig: {
    MEETINGS: { description: "Meetings, over the `meetings` filter (as `meetings` lists them)." },
    OFFICIALS: { description: "Officials, over the `officials` filter." },
    ORGANISATIONS: { description: "Organisations, over the `organisations` filter." },
    PLACES: { description: "Places, over the `places` filter." },
    FRAMEWORKS: { description: "Frameworks, over the `frameworks` filter." },
    TOPICS: { description: "Topics, over the `topics` filter; grouped by the years and series of the meetings that discussed them." },
    PARTICIPATIONS: { description: "PARTICIPATED_IN facts touching the meetings (or officials, organisations, countries) a filter selects; all of them without a filter." },
    POSITIONS: { description: "HOLDS_POSITION facts touching the officials (or organisations, countries) a filter selects; all of them without a filter." },
    FACTS: { description: "Facts of every type touching the entities a filter selects; all of them without a filter." },
  },
});

registerEnumType(CountDimensionEnum, {
  name: "CountDimension",
  description: "What to group counts by. Not every subject has every dimension; asking for one it lacks is refused, naming those it has.",
  valuesConfig: {
    COUNTRY: {
      description:
        "The country: for meetings, those represented, taking part, hosting or where held; for officials, where they hold office or whom they represented; for facts, their ends' countries (an organisation's by its parents) and the one represented.",
    },
    YEAR: {
      description:
        "The year, from partial dates: see `years`. For meetings and participations, the meeting's dates; for other facts, their spans; for officials, the meetings they took part in.",
    },
    ROLE: { description: "The role: a participation's role (LED_DELEGATION, CHAIRED, …), or for offices the title held." },
    ORGANISATION: {
      description:
        "The organisation: for meetings, those taking part or whose meeting it is; for officials, where they hold office; for facts, an end that is an organisation; for organisations, their parent.",
    },
    KIND: {
      description:
        "The kind: organisations', places' and frameworks' own kinds; a participant's kind (Official, Organisation, Country); an office's organisation kind (or COUNTRY); a fact's relationship type.",
    },
    SERIES: { description: "The meeting series, e.g. ASCCO." },
    FRAMEWORK: { description: "The framework: discussed by the meeting, or an end of the fact." },
    TOPIC: { description: "The topic (not a framework): discussed by the meeting, or an end of the fact." },
  },
});

registerEnumType(CountOrderEnum, {
  name: "CountOrder",
  description: "The order of the groups.",
  valuesConfig: {
    COUNT_DESC: { description: "Largest groups first, then by key." },
    KEY_ASC: { description: "By key (name, or year), first dimension first; the group without a value last. Suits a time series." },
  },
});
