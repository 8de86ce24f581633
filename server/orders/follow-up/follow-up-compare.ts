// What one follow-up answer means for one URL of an order, decided without the database: the
// domain moved to another hoster, stopped resolving, resolves again, or nothing changed. A lookup
// that failed or was throttled is "not answered": it concludes nothing, least of all "gone".

/** What the last answered round (or, before any, the sending) found. */
export interface Before {
  /** resolving, NXDOMAIN or NODATA. */
  state: string;
  /** The hoster then, when known. */
  hosterKey: string | null;
}

export interface Now {
  answered: boolean;
  state: string;
  /** The hosters of the URL's addresses now (several addresses may be at several hosters). */
  hosters: { key: string; name: string }[];
}

export interface Change {
  kind: 'moved' | 'stopped-resolving' | 'resolves-again';
  fromParty: string | null;
  toParty: string | null;
  toName: string | null;
}

/** States that are answers about the name; the rest (TIMEOUT, SERVFAIL, REFUSED, FAILED) are failed lookups. */
export const ANSWER_STATES: ReadonlySet<string> = new Set(['NXDOMAIN', 'NODATA']);

/**
 * A move is a hoster that is neither the order's addressee nor the one at sending time, and not
 * the one the last round already reported (only changes are findings).
 */
export function compareFollowUp(before: Before, now: Now, known: { addresseeKey: string; hostersAtSending: string[] }): Change | undefined {
  if (!now.answered) return undefined;
  if (now.state !== 'resolving') return before.state === 'resolving' ? { kind: 'stopped-resolving', fromParty: before.hosterKey, toParty: null, toName: null } : undefined;
  if (before.state !== 'resolving') {
    const h = now.hosters[0];
    return { kind: 'resolves-again', fromParty: before.hosterKey, toParty: h?.key ?? null, toName: h?.name ?? null };
  }
  const old = new Set([known.addresseeKey, ...known.hostersAtSending]);
  const moved = now.hosters.find((h) => !old.has(h.key) && h.key !== before.hosterKey);
  // Still at a hoster it was at (the addressee, or the hoster at sending): no move.
  if (moved === undefined || now.hosters.some((h) => h.key === before.hosterKey)) return undefined;
  return { kind: 'moved', fromParty: before.hosterKey ?? known.addresseeKey, toParty: moved.key, toName: moved.name };
}
