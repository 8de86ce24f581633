// WHOIS servers say "slow down" and "nothing here" in ordinary text (DATA-FORMATS §10.7). These
// must be told apart from records: a rate limit is a failed lookup to retry later, never an
// empty record, and must not end any fact.
// SIDN: "only 1 request per second allowed, try again later", "daily whois-limit exceeded for
// client", "Server too busy"; RIPE: "%ERROR:201: access denied"; ARIN: "Query rate limit exceeded".
const RATE_LIMITED = [/request per second allowed/i, /whois-limit exceeded/i, /server too busy/i, /try again later/i, /query rate limit exceeded/i, /%ERROR:20\d:.*/i, /access denied/i];
// RIPE "%ERROR:101: no entries found", ARIN "No match found".
const NOT_FOUND = [/%ERROR:101:.*/i, /no entries found/i, /no match found/i];

/** The server's whole line that says it, so the evidence quotes the server and not our pattern. */
function firstMatch(text: string, patterns: RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      return text.slice(start, end === -1 ? undefined : end).replace(/^[%#\s]+/, '').trim();
    }
  }
  return undefined;
}

export function findRateLimit(text: string): string | undefined {
  return firstMatch(text, RATE_LIMITED);
}

export function findRefusal(text: string): string | undefined {
  return firstMatch(text, RATE_LIMITED) ?? firstMatch(text, NOT_FOUND);
}
