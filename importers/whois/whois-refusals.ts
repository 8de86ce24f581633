// WHOIS servers say "slow down" and "nothing here" in ordinary text (DATA-FORMATS §10.7). These
// must be told apart from records: a rate limit is a failed lookup to retry later, never an
// empty record, and must not end any fact. The rate-limit sentences are the registries' own, one
// list for IP and domain WHOIS (whois-domain-answer.ts quotes where each comes from).
import { lineMatching, REFUSED } from './whois-domain-answer.ts';

// RIPE "%ERROR:101: no entries found", ARIN "No match found".
const NOT_FOUND = [/%ERROR:101:.*/i, /no entries found/i, /no match found/i];

export function findRateLimit(text: string): string | undefined {
  return lineMatching(text, REFUSED);
}

export function findRefusal(text: string): string | undefined {
  return lineMatching(text, REFUSED) ?? lineMatching(text, NOT_FOUND);
}
