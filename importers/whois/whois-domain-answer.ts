// What kind of answer a domain WHOIS server gave when it gave no record: the name is free, the
// registry holds it back (reserved), or the server refused or failed (rate limit, quota, error).
// Only "free" and "reserved" are statements about the name; a refusal is a failed lookup that must
// never end a fact (DATA-FORMATS §10.7), and neither must an answer we cannot read.
// The free sentences are the registries' own, as answered for an unregistered name
// (likexian/whois-parser testdata/notfound, weppos/whois fixtures):
const FREE: RegExp[] = [
  /\bis free\b/i, //                                   SIDN .nl "x.nl is free"
  /^\s*status:\s*(available|free)\b/im, //            DENIC "Status: free", EURid/.it "Status: AVAILABLE"
  /\bno match(es)?\b/i, //                            Verisign 'No match for "X.COM".', .hu "No match", JPRS "No match!!"
  /\bnot found\b/i, //                                 Donuts "Domain not found.", .se 'domain "x.se" not found.', AFNIC
  /\bno (data|entries|object) found\b/i, //             .biz "No Data Found", RIPN/.dk/.ua "No entries found", CoCCA "No Object Found"
  /\bnothing found\b/i, //                             KazNIC "*** Nothing found for this query."
  /\bno found\b/i, //                                  TWNIC "No Found"
  /object does not exist/i, //                         "The queried object does not exist", .by "Object does not exist"
  /\b(has )?not been registered\b/i, //                Nominet, HKIRC "The domain has not been registered."
  /\bis not registered\b/i, //                         SWITCH "The domain name is not registered.", RNIDS %ERROR:103
  /no matching record/i, //                            CNNIC
  /is available for registration/i, //                 Uniregistry "Domain x is available for registration"
  /no information available about domain name/i, //    NASK .pl
  /domain name not known/i, //                         Dot TK
  /returned 0 objects/i, //                            IANA for a name it does not hold
  /query_status:\s*220 available/i, //                 .nz "220 Available"
  /등록되어 있지 않습니다/, //                          KISA .kr "is not registered"
];

// Held back by the registry: not free, not anyone's registration.
const RESERVED = [/\bis reserved\b/i, /not available for registration/i, /\breserved (name|domain)\b/i];

// Rate limits and refusals, in the registries' words. SIDN: "only 1 request per second allowed,
// try again later", "daily whois-limit exceeded", "Server too busy"; Verisign/PIR/Afilias:
// "WHOIS LIMIT EXCEEDED", "Your connection limit exceeded"; DENIC: "55000000002 Connection
// refused; access control limit reached"; JPRS: "Query limit exceeded"; Nominet: "query rate limit
// exceeded"; EURid: "Excessive querying, grace period of 60 seconds"; RIPE: "%ERROR:201: access
// denied"; ARIN: "Query rate limit exceeded"; many: "temporarily unavailable", "quota exceeded".
export const REFUSED: readonly RegExp[] = [
  /request(s)? per (second|minute) allowed/i,
  /(whois|query|queries|connection|rate|request|daily|access control)[- ]?limit (exceeded|reached)/i,
  /limit(s)? (has been |have been )?exceeded/i,
  /\bexceeded\b.*\b(quota|limit|queries|requests|rate)\b/i,
  /\bquota\b.*\bexceeded\b/i,
  /too many (requests|queries|connections)\b(?!.*within a specified time)/i,
  /excessive querying/i,
  /server (is )?too busy/i,
  /try again later/i,
  /temporarily (unavailable|blocked|suspended)/i,
  /service (is )?(currently )?unavailable/i,
  /%ERROR:20\d:/i,
  /\baccess denied\b/i,
  /connection refused/i,
  /your (ip|address) (has been|is) (blocked|banned)/i,
];

/** The server's whole line that says it, so the evidence quotes the server and not our pattern. */
export function lineMatching(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      return text.slice(start, end === -1 ? undefined : end).replace(/^[%#*>\s]+/, '').trim();
    }
  }
  return undefined;
}

export type NoRecordAnswer = { kind: 'free' | 'reserved' | 'refused'; line: string } | { kind: 'unreadable'; line: undefined };

/** For an answer without a record: free, reserved, refused, or unreadable (treated as a failure). */
export function judgeNoRecordAnswer(text: string): NoRecordAnswer {
  const refused = lineMatching(text, REFUSED);
  const free = lineMatching(text, FREE);
  // Legal texts mention throttling ("Queries to the Whois services are throttled. If too many
  // queries are received …") beside "Domain not found.": the free sentence decides those.
  if (free !== undefined && (refused === undefined || text.indexOf(free) < text.indexOf(refused))) return { kind: 'free', line: free };
  if (refused !== undefined) return { kind: 'refused', line: refused };
  if (free !== undefined) return { kind: 'free', line: free };
  const reserved = lineMatching(text, RESERVED);
  if (reserved !== undefined) return { kind: 'reserved', line: reserved };
  return { kind: 'unreadable', line: undefined };
}
