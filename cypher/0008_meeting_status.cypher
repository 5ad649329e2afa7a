// Meetings get a status (HELD, PLANNED, ANNOUNCED). Before statuses were recorded every
// meeting loaded was reported as having taken place, so existing meetings are HELD.
MATCH (m:Meeting) WHERE m.status IS NULL SET m.status = 'HELD';
CREATE INDEX meeting_status IF NOT EXISTS FOR (m:Meeting) ON (m.status);
