// Registry dumps name their objects' abuse contacts by role handle (abuse-c:), and split files
// come in any order: the Role label holds the handle → mailbox table, and these indexes let the
// link step after each run find the nodes that name a role, and the nodes a run touched.
CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX netblock_abuse_key IF NOT EXISTS FOR (n:Netblock) ON (n.abuseKey);
CREATE RANGE INDEX organization_abuse_key IF NOT EXISTS FOR (n:Organization) ON (n.abuseKey);
CREATE RANGE INDEX netblock_last_evidence IF NOT EXISTS FOR (n:Netblock) ON (n.lastEvidenceId);
CREATE RANGE INDEX organization_last_evidence IF NOT EXISTS FOR (n:Organization) ON (n.lastEvidenceId);
CREATE RANGE INDEX role_last_evidence IF NOT EXISTS FOR (n:Role) ON (n.lastEvidenceId);
CREATE RANGE INDEX netblock_registry_start IF NOT EXISTS FOR (n:Netblock) ON (n.registry, n.rangeStart);
