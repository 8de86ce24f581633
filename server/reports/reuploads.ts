// Re-uploads: material that comes back after a confirmed removal. A URL re-upload is a notice of
// a URL an earlier notice saw removed before this one was reported; a domain re-upload is a
// notice on a domain all of whose earlier-reported URLs had been confirmed removed by then (the
// domain was clean, and is back).
import type { NoticeRow } from '../queries/hosters.ts';

export interface ReuploadFlags {
  urlReupload: boolean;
  domainReupload: boolean;
}

/** Flags per notice id; `notices` in any order, history before the period included. */
export function findReuploads(notices: readonly NoticeRow[]): Map<string, ReuploadFlags> {
  const byTime = [...notices].sort((a, b) => a.reportedAt - b.reportedAt || a.id.localeCompare(b.id));
  const urlRemovals = new Map<string, number[]>();
  const domainState = new Map<string, { open: number; removals: number[] }[]>();
  const out = new Map<string, ReuploadFlags>();
  for (const n of byTime) {
    const urlReupload = (urlRemovals.get(n.url) ?? []).some((r) => r <= n.reportedAt);
    const earlier = n.domain === null ? [] : (domainState.get(n.domain) ?? []).filter((x) => x.open < n.reportedAt);
    const domainReupload = earlier.length > 0 && earlier.every((x) => x.removals.some((r) => r <= n.reportedAt));
    out.set(n.id, { urlReupload, domainReupload });
    if (n.removedAt !== null) urlRemovals.set(n.url, [...(urlRemovals.get(n.url) ?? []), n.removedAt]);
    if (n.domain !== null) {
      const list = domainState.get(n.domain) ?? [];
      list.push({ open: n.reportedAt, removals: n.removedAt === null ? [] : [n.removedAt] });
      domainState.set(n.domain, list);
    }
  }
  return out;
}
