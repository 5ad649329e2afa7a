// Name search over every entity kind. `searchText` holds the primary name and every
// alias, one per line. Latin names go through standard-folding (case and diacritics
// ignored); Thai has no spaces between words, so it needs Lucene's thai analyzer.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX entity_names_thai IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'thai', `fulltext.eventually_consistent`: false } };
