import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { BadInputError } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import type { CountDimension, CountOrder, CountSubject, YearCertainty } from "../../graph/count.queries.js";
import type { ListName } from "../../graph/list.queries.js";
import { CertaintyEnum } from "../common/enums.js";
import type { FilterParams } from "../../domain/lists/filter-values.js";
import type { FilterValues, ListFilter } from "../lists/filter-fields.js";
import { COUNTRIES } from "../lists/countries.list.js";
import { FRAMEWORKS } from "../lists/frameworks.list.js";
import { MEETINGS } from "../lists/meetings.list.js";
import { OFFICIALS } from "../lists/officials.list.js";
import { ORGANISATIONS } from "../lists/organisations.list.js";
import { PLACES } from "../lists/places.list.js";
import { TOPICS } from "../lists/topics.list.js";
import { countGroups, DEFAULT_COUNT_BUCKETS, MAX_COUNT_BUCKETS } from "../../domain/counts/count-groups.js";
import { CountDimensionEnum, CountOrderEnum, CountSubjectEnum } from "./count-enums.js";
import { Counts } from "./counts.type.js";

const filterArg = (list: string) => ({ nullable: true, description: `The same filter as the \`${list}\` list: count over the set it lists. Give at most one filter.` }) as const;

/** The one filter given, as its list and the values its query takes; a second one is a mistake, not an intersection. */
export function oneFilter(given: Partial<Record<ListName, FilterParams | undefined>>): { list: ListName; params: FilterParams } | null {
  const present = (Object.entries(given) as [ListName, FilterParams | undefined][]).filter(([, params]) => params !== undefined);
  if (present.length > 1) throw new BadInputError(`Give at most one filter; got ${present.map(([l]) => l).join(" and ")}.`, { argument: present[1]![0] });
  const [first] = present;
  return first ? { list: first[0], params: first[1]! } : null;
}

const when = (filter: FilterValues | null | undefined, list: { filter: ListFilter }): FilterParams | undefined => (filter ? list.filter.params(filter) : undefined);

@Resolver()
export class CountsResolver {
  @Query(() => Counts, {
    description:
      "How many meetings, officials, topics, participations, positions or facts there are, grouped by one or two dimensions (country, year, role, organisation, kind, series, framework, topic), over the same filtered set as a list: e.g. meetings per country per year. One statement, however many groups.",
  })
  counts(
    @Ctx() ctx: Context,
    @Arg("of", () => CountSubjectEnum, { description: "What to count." }) of: CountSubject,
    @Arg("by", () => [CountDimensionEnum], { description: "One or two dimensions to group by, in order." }) by: CountDimension[],
    @Arg("years", () => CertaintyEnum, {
      defaultValue: "POSSIBLE",
      description:
        "For YEAR: POSSIBLE puts an item in every year its partial dates touch (2023-12 to 2024-01: 2023 and 2024); CERTAIN only in a year it certainly falls in, and in the null group otherwise.",
    })
    years: YearCertainty,
    @Arg("orderBy", () => CountOrderEnum, { defaultValue: "COUNT_DESC", description: "The order of the groups." }) orderBy: CountOrder,
    @Arg("first", () => Int, {
      nullable: true,
      description: `At most this many groups (default ${DEFAULT_COUNT_BUCKETS}, at most ${MAX_COUNT_BUCKETS}); \`truncated\` says when there were more.`,
    })
    first: number | null | undefined,
    @Arg("ids", () => Int, { defaultValue: 0, description: "List up to this many item ids in each group (0 to the server's maximum page size)." }) ids: number,
    @Arg("meetings", () => MEETINGS.filter.type, filterArg("meetings")) meetings?: FilterValues | null,
    @Arg("officials", () => OFFICIALS.filter.type, filterArg("officials")) officials?: FilterValues | null,
    @Arg("organisations", () => ORGANISATIONS.filter.type, filterArg("organisations")) organisations?: FilterValues | null,
    @Arg("countries", () => COUNTRIES.filter.type, filterArg("countries")) countries?: FilterValues | null,
    @Arg("places", () => PLACES.filter.type, filterArg("places")) places?: FilterValues | null,
    @Arg("frameworks", () => FRAMEWORKS.filter.type, filterArg("frameworks")) frameworks?: FilterValues | null,
    @Arg("topics", () => TOPICS.filter.type, filterArg("topics")) topics?: FilterValues | null,
  ): Promise<Counts> {
    const filter = oneFilter({
      meetings: when(meetings, MEETINGS),
      officials: when(officials, OFFICIALS),
      organisations: when(organisations, ORGANISATIONS),
      countries: when(countries, COUNTRIES),
      places: when(places, PLACES),
      frameworks: when(frameworks, FRAMEWORKS),
      topics: when(topics, TOPICS),
    });
    return countGroups(ctx.executor, {
      of,
      by,
      years,
      order: orderBy,
      first: pageSize(first, { defaultPageSize: DEFAULT_COUNT_BUCKETS, maxPageSize: MAX_COUNT_BUCKETS }),
      ids: pageSize(ids, ctx.config.limits, "ids"),
      filter,
    });
  }
}
