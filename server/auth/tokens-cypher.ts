// The Cypher of API tokens. An ApiToken node holds the SHA-256 of the token, never the token.

// Gives a user a new token.
export const CREATE_TOKEN = `
MATCH (u:User {username: $username})
CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $id, hash: $hash, label: $label, createdAt: datetime($now)})
RETURN t.id AS id`;

// The user a presented token belongs to, unless it was revoked.
export const TOKEN_USER = `
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL AND u.disabledAt IS NULL
RETURN u.username AS username, u.role AS role
LIMIT $limit`;

// Revokes a token by its public id; with $owner set, only a token of that user.
export const REVOKE_TOKEN = `
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {id: $id})
WHERE t.revokedAt IS NULL AND ($owner IS NULL OR u.username = $owner)
SET t.revokedAt = datetime($now)
RETURN t.id AS id`;

// A user's tokens, newest first: ids, labels and dates (the hash stays in the graph).
export const LIST_TOKENS = `
MATCH (:User {username: $username})-[:HAS_TOKEN]->(t:ApiToken)
RETURN t.id AS id, t.label AS label, toString(t.createdAt) AS createdAt, toString(t.revokedAt) AS revokedAt
ORDER BY t.createdAt DESC LIMIT $limit`;
