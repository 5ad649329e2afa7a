// Start-up steps that go over the whole graph (splitting Khmer names for the name index)
// record on one node each which version of their rules they last applied, so a later start
// looks up one node instead of scanning every entity. Safe to repeat.
CREATE CONSTRAINT startup_step_name IF NOT EXISTS FOR (s:StartupStep) REQUIRE s.name IS UNIQUE;
