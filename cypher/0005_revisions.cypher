// Every change to an article (ingested, updated, removed) leaves a Revision: who, how, when,
// and what it changed. Revisions outlive the article they record, so they are found by
// the article's id rather than through a relationship.
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE;
CREATE INDEX revision_article IF NOT EXISTS FOR (n:Revision) ON (n.articleId);
CREATE INDEX revision_at IF NOT EXISTS FOR (n:Revision) ON (n.at);
