// Topics (the South China Sea, border demarcation): matters meetings discuss that are not
// frameworks, kept as their own kind. Their ids are unique like every kind's, the lists'
// name filter reads their `nameKeys` through a TEXT index as for the other kinds, and the
// name search must find them. A full-text index's labels cannot be altered, so both name
// indexes are dropped and created again over every kind, with the analyzers 0003 gave
// them (start-up checks both, and that they cover every kind). Dropping and creating again
// is safe to repeat, so a file that stopped half-way runs again whole.
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE TEXT INDEX topic_name_keys IF NOT EXISTS FOR (n:Topic) ON (n.nameKeys);
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework|Topic) ON EACH [n.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
DROP INDEX entity_names_thai IF EXISTS;
CREATE FULLTEXT INDEX entity_names_thai IF NOT EXISTS FOR (n:Official|Organisation|Country|Place|Meeting|Framework|Topic) ON EACH [n.searchTextThai] OPTIONS { indexConfig: { `fulltext.analyzer`: 'thai', `fulltext.eventually_consistent`: false } };
