// Range indexes behind list filters and sorting: names, kinds, and the date bounds
// that let a date-range filter overlap partial dates without a scan.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.startEarliest, n.startLatest);
CREATE INDEX meeting_end IF NOT EXISTS FOR (n:Meeting) ON (n.endEarliest, n.endLatest);
CREATE INDEX meeting_series IF NOT EXISTS FOR (n:Meeting) ON (n.series);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.orgKind);
CREATE INDEX framework_kind IF NOT EXISTS FOR (n:Framework) ON (n.frameworkKind);
CREATE INDEX place_kind IF NOT EXISTS FOR (n:Place) ON (n.placeKind);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedEarliest, n.publishedLatest);
CREATE INDEX fact_type IF NOT EXISTS FOR (n:Fact) ON (n.type);
CREATE INDEX position_title IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.titleKey);
CREATE INDEX position_possible IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.possibleStart, r.possibleEnd);
CREATE INDEX participation_role IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.role);
