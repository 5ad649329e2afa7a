/**
 * The full-text indexes over entity names (cypher/0003_fulltext.cypher), each with the
 * analyzer it must use: start-up checks them, and search queries them.
 */
export const NAME_INDEX_ANALYZERS = { entity_names: "standard-folding", entity_names_thai: "thai" } as const;

export const NAME_INDEXES = Object.keys(NAME_INDEX_ANALYZERS) as (keyof typeof NAME_INDEX_ANALYZERS)[];
