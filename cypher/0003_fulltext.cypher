// Name search over every entity kind. `searchText` holds the primary name and every
// alias, one per line. Latin names go through standard-folding (case and diacritics
// ignored); Thai has no spaces between words, so it needs Lucene's thai analyzer.
// The Thai index reads its own copy, `searchTextThai`: Neo4j treats two full-text
// indexes over the same labels and property as equivalent whatever their analyzer,
// and IF NOT EXISTS would silently skip the second.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX entity_names_thai IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework) ON EACH [n.searchTextThai] OPTIONS { indexConfig: { `fulltext.analyzer`: 'thai', `fulltext.eventually_consistent`: false } };
