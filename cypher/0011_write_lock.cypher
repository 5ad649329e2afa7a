// One node every article-level write locks first (ingest, dry run, removal). Two
// transactions that create the same new entity both take the uniqueness constraint's
// shared lock and then both ask to make it exclusive: Neo4j breaks that deadlock by failing
// one, and under load the retries can run out. Taking this node's lock first makes such
// writes queue instead, on every replica alike. Safe to repeat.
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE;
MERGE (:WriteLock {name: "articles"});
