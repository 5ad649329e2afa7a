/**
 * Folds a string as foldKey does (NFKD, combining marks dropped, lower case), for the Latin
 * combining range, in Cypher: the same expression serves writes, the backfill migration
 * and any query that compares against stored keys.
 */
export const fold = (expr: string) => `reduce(s = '', c IN split(normalize(toLower(${expr}), NFKD), '') | CASE WHEN c >= '\\u0300' AND c <= '\\u036f' THEN s ELSE s + c END)`;

/**
 * Every form the list name filter may match, one per line, on one property that a TEXT
 * index serves: the folded sort name, then the name and each alias (`searchText`) folded
 * for Latin diacritics, then the same lower-cased as written (Thai, whose vowel and tone
 * marks foldKey would drop from the input but the Latin fold keeps). A filter value is a
 * substring of one of these lines.
 */
export const NAME_KEYS = `n.sortName + '\\n' + ${fold("n.searchText")} + '\\n' + toLower(n.searchText)`;

/**
 * The fields the name indexes read, made from an entity `n`'s name, aliases and further
 * search forms (`searchNames`): one definition for loading an article and for adding
 * search forms to entities already in the graph.
 */
export const SET_SEARCH_FIELDS = `SET n.searchText = reduce(s = n.name, name IN n.aliasNames + n.searchNames | s + '\\n' + name)
   SET n.searchTextThai = n.searchText
   SET n.nameKeys = ${NAME_KEYS}`;
