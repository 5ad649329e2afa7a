// "Who attended with whom" for countries finds a country's presence through the officials
// who represented it: an index on the represented country makes that a lookup, not a scan.
CREATE INDEX participation_country IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.countryId);
