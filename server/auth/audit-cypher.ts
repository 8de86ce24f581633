// The Cypher of the audit log. Entries are only ever created here: no statement sets or deletes one.

// The newest entry, which the next one follows.
export const AUDIT_HEAD = `MATCH (e:AuditEntry) RETURN e.seq AS seq, e.hash AS hash ORDER BY e.seq DESC LIMIT $limit`;

// Appends an entry, only if the newest entry is still the one its hash follows; together with the
// unique seq, two concurrent writers cannot fork the chain.
export const APPEND_AUDIT = `
OPTIONAL MATCH (h:AuditEntry)
WITH h ORDER BY h.seq DESC LIMIT 1
WITH h WHERE coalesce(h.hash, $genesis) = $prevHash
CREATE (e:AuditEntry {id: $id, seq: $seq, at: datetime($at), username: $username, action: $action, target: $target, ip: $ip, detail: $detail, prevHash: $prevHash, hash: $hash, mac: $mac})
RETURN e.id AS id`;

// Entries from a time on, oldest first: what an admin reads.
export const READ_AUDIT = `
MATCH (e:AuditEntry) WHERE e.at >= datetime($since)
RETURN e.seq AS seq, e.id AS id, e.at.epochMillis AS atMs, e.username AS username, e.action AS action, e.target AS target, e.ip AS ip, e.detail AS detail, e.prevHash AS prevHash, e.hash AS hash, e.mac AS mac
ORDER BY e.seq LIMIT $limit`;

// One page of the whole chain in order, for verification.
export const AUDIT_PAGE = `
MATCH (e:AuditEntry) WHERE e.seq > $after
RETURN e.seq AS seq, e.id AS id, e.at.epochMillis AS atMs, e.username AS username, e.action AS action, e.target AS target, e.ip AS ip, e.detail AS detail, e.prevHash AS prevHash, e.hash AS hash, e.mac AS mac
ORDER BY e.seq LIMIT $limit`;
