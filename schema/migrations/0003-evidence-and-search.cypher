// Evidence by time, content hash and source (evidence packs, audits); search by name, handle and
// e-mail for the investigation view.
CREATE RANGE INDEX evidence_observed_at IF NOT EXISTS FOR (n:Evidence) ON (n.observedAt);
CREATE RANGE INDEX evidence_sha256 IF NOT EXISTS FOR (n:Evidence) ON (n.sha256);
CREATE RANGE INDEX evidence_source_query IF NOT EXISTS FOR (n:Evidence) ON (n.source, n.query);
CREATE RANGE INDEX netblock_handle IF NOT EXISTS FOR (n:Netblock) ON (n.handle);
CREATE RANGE INDEX organization_handle IF NOT EXISTS FOR (n:Organization) ON (n.handle);
CREATE FULLTEXT INDEX party_search IF NOT EXISTS FOR (n:Organization|Netblock|Contact|AutonomousSystem) ON EACH [n.name, n.handle, n.email, n.key];
