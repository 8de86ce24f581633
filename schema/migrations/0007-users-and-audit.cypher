// Access control (issue 5): accounts by username, sessions and API tokens by the SHA-256 of their
// secret, the audit log by id. A unique seq keeps two writers from forking the audit chain; the
// time index serves "entries since".
CREATE CONSTRAINT user_key IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_key IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_key IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_entry_key IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;
CREATE RANGE INDEX user_role IF NOT EXISTS FOR (n:User) ON (n.role);
CREATE RANGE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
