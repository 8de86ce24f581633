// Takedown notices of the hotline (issue 7): one node per record, read by period for the hoster report.
CREATE CONSTRAINT notice_key IF NOT EXISTS FOR (n:Notice) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX notice_reported IF NOT EXISTS FOR (n:Notice) ON (n.reportedAt);
