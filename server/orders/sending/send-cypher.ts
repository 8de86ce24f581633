// The Cypher of sending an order by e-mail: where its addressee can be reached, and each attempt
// to send it (the message and the server's answer are the attempt's Evidence, source smtp).

// The addressee's mailboxes with where each comes from: its own abuse contact, the abuse contact of
// a block or AS it holds, or the one of the range above its blocks (RIPE's abuse-c is inherited
// from the enclosing range when a range names none).
export const ADDRESSEE_CONTACTS = `
MATCH (:Order {id: $id})-[:ADDRESSED_TO]->(p)
CALL (p) {
  MATCH (p)-[r:ABUSE_CONTACT]->(c:Contact) WHERE r.open
  RETURN c.email AS email, c.role AS role, 0 AS rank, 'own' AS via, coalesce(p.name, p.key) AS whose, r.evidenceId AS evidenceId
  UNION
  MATCH (n)-[h:HELD_BY]->(p) WHERE h.open AND (n:Netblock OR n:AutonomousSystem)
  MATCH (n)-[r:ABUSE_CONTACT]->(c:Contact) WHERE r.open
  RETURN c.email AS email, c.role AS role, 1 AS rank, CASE WHEN n:Netblock THEN 'held-block' ELSE 'held-as' END AS via,
         coalesce(n.name, n.key, 'AS' + toString(n.number)) AS whose, r.evidenceId AS evidenceId
  UNION
  OPTIONAL MATCH (held:Netblock)-[h:HELD_BY]->(p) WHERE h.open
  WITH p, collect(held) AS held
  WITH held + CASE WHEN p:Netblock THEN [p] ELSE [] END AS blocks
  UNWIND blocks AS b
  MATCH (b)-[w:WITHIN*1..16]->(up:Netblock)-[r:ABUSE_CONTACT]->(c:Contact)
  WHERE r.open AND all(x IN w WHERE x.open)
  RETURN c.email AS email, c.role AS role, 2 AS rank, 'enclosing-block' AS via, coalesce(up.name, up.key) AS whose, r.evidenceId AS evidenceId
}
RETURN email, role, via, whose, evidenceId
ORDER BY rank, email, whose
LIMIT $limit`;

// One attempt to send: what was sent to whom, by whom, and how the server answered.
export const RECORD_SEND_ATTEMPT = `
MATCH (o:Order {id: $id})
MATCH (e:Evidence {id: $evidenceId})
CREATE (o)-[:SEND_ATTEMPT {at: datetime($at), by: $by, from: $from, to: $to, subject: $subject, messageId: $messageId, accepted: $accepted,
                           reply: $reply, resend: $resend, recipientReason: $recipientReason, language: $language}]->(e)
RETURN e.id AS evidenceId`;

// Every attempt to send an order by e-mail, oldest first, with its kept message's hash and server.
export const SEND_ATTEMPTS = `
MATCH (o:Order {id: $id})-[a:SEND_ATTEMPT]->(e:Evidence)
RETURN toString(a.at) AS at, a.by AS by, a.from AS from, a.to AS to, a.subject AS subject, a.messageId AS messageId, a.accepted AS accepted,
       a.reply AS reply, a.resend AS resend, a.recipientReason AS recipientReason, a.language AS language,
       e.id AS evidenceId, e.sha256 AS sha256, e.serverAddress AS server, e.error AS error
ORDER BY a.at, e.id
LIMIT $limit`;
