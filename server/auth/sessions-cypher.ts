// The Cypher of browser sessions. A Session node is keyed by the SHA-256 of the id the browser
// holds; the id itself is never stored.

// Opens a session for a user.
export const START_SESSION = `
MATCH (u:User {username: $username})
CREATE (u)-[:HAS_SESSION]->(s:Session {id: $idHash, createdAt: datetime($now), lastSeenAt: datetime($now), expiresAt: datetime($expiresAt), ip: $ip, userAgent: $userAgent})
RETURN s.id AS id`;

// The user of a live session, whose idle expiry moves on with this use.
export const TOUCH_SESSION = `
MATCH (u:User)-[:HAS_SESSION]->(s:Session {id: $idHash})
WHERE s.endedAt IS NULL AND s.expiresAt > datetime($now) AND u.disabledAt IS NULL
SET s.lastSeenAt = datetime($now), s.expiresAt = datetime($expiresAt)
RETURN u.username AS username, u.role AS role`;

// Ends a session (sign-out); ended sessions stay as a record of who was signed in when.
export const END_SESSION = `
MATCH (s:Session {id: $idHash})
WHERE s.endedAt IS NULL
SET s.endedAt = datetime($now)
RETURN s.id AS id`;
