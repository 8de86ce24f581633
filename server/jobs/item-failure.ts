// One URL's failure in a job, in words a person can act on. A job records it against the URL's
// line and goes on; only the database being unreachable stops the job (nothing after it could be
// stored, and marking every remaining URL failed would be false).
// One classifier of "the database cannot be reached" for the whole server.
export { isDatabaseUnavailable } from '../db/db-errors.ts';

// "property size: 8211" and the index's schema "(:Url {url})", from Neo4j 5's refusal.
const TOO_LARGE = /too large to index[\s\S]*?schema=\(:(\w+) \{([\w, ]+)\}\)[\s\S]*?property size: (\d+)/;
// Internal element ids ("4:5d422ca4-f391-4813-9a53-9dff957795c2:18", "Node(18)") mean nothing to a
// user and name rows of the database rather than anything in the list.
const ELEMENT_ID = /,?\s*element id:?\s*\d+:[0-9a-f-]{36}:\d+|\b\d+:[0-9a-f]{8}-[0-9a-f-]{27}:\d+\b|\b(Node|Relationship)\(\d+\)/gi;
const MAX_REASON = 300;

/** Why a URL's resolve or write stopped, without the database's internal ids, bounded in length. */
export function describeItemError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const large = TOO_LARGE.exec(message);
  if (large !== null) {
    const [, label, props, size] = large;
    return `the database refused a value of ${Number(size).toLocaleString('en-US')} bytes for its index on ${label}.${props!.replace(/, /g, '+')} (an index key holds at most 8,167 bytes); the answers kept so far stay as evidence`;
  }
  const cleaned = message.replace(ELEMENT_ID, (m, kind: string | undefined) => (kind ? `a ${kind.toLowerCase()}` : '')).replace(/\s+/g, ' ').trim();
  return cleaned.length > MAX_REASON ? `${cleaned.slice(0, MAX_REASON)}…` : cleaned || 'failed';
}

/** A URL, cut for a line of text (a reported URL may be 8,000 bytes long). */
export function shortUrl(url: string, max = 120): string {
  return url.length > max ? `${url.slice(0, max - 1)}…` : url;
}
