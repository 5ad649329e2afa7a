// The list name filter matches a substring of any form of an entity's names, one per
// line in `nameKeys` (src/queries/name-keys.ts writes it on every load; a test checks
// that this backfill uses the same expression). A TEXT index per kind serves CONTAINS,
// so the filter no longer scans the label.
MATCH (n:Entity) WHERE n.searchText IS NOT NULL AND n.nameKeys IS NULL SET n.nameKeys = n.sortName + '\n' + reduce(s = '', c IN split(normalize(toLower(n.searchText), NFKD), '') | CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN s ELSE s + c END) + '\n' + toLower(n.searchText);
CREATE TEXT INDEX official_name_keys IF NOT EXISTS FOR (n:Official) ON (n.nameKeys);
CREATE TEXT INDEX organisation_name_keys IF NOT EXISTS FOR (n:Organisation) ON (n.nameKeys);
CREATE TEXT INDEX country_name_keys IF NOT EXISTS FOR (n:Country) ON (n.nameKeys);
CREATE TEXT INDEX place_name_keys IF NOT EXISTS FOR (n:Place) ON (n.nameKeys);
CREATE TEXT INDEX meeting_name_keys IF NOT EXISTS FOR (n:Meeting) ON (n.nameKeys);
CREATE TEXT INDEX framework_name_keys IF NOT EXISTS FOR (n:Framework) ON (n.nameKeys);
