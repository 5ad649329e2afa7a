// Further forms the name index finds an entity by (`searchNames`, written on every load
// by annotation.normalize.ts): a meeting's series alone and with its ordinal ("ADSOM WG",
// "16th ASCCO"), and Khmer names split into words. This backfills the meetings' forms;
// Khmer needs the segmenter, so Khmer names are split when their article is next loaded.
MATCH (n:Meeting) WHERE n.series IS NOT NULL AND n.searchNames IS NULL
WITH n, CASE WHEN n.ordinal IS NULL THEN [n.series] ELSE [n.series, toString(n.ordinal) + CASE WHEN n.ordinal % 100 IN [11, 12, 13] THEN 'th' WHEN n.ordinal % 10 = 1 THEN 'st' WHEN n.ordinal % 10 = 2 THEN 'nd' WHEN n.ordinal % 10 = 3 THEN 'rd' ELSE 'th' END + ' ' + n.series] END AS names
SET n.searchNames = names
SET n.searchText = reduce(s = n.name, x IN coalesce(n.aliasNames, []) + names | s + '\n' + x)
SET n.searchTextThai = n.searchText
SET n.nameKeys = n.sortName + '\n' + reduce(s = '', c IN split(normalize(toLower(n.searchText), NFKD), '') | CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN s ELSE s + c END) + '\n' + toLower(n.searchText);
