// The facts of one takedown record: the Notice with its times, the URL it reports and the URL's
// host (named, never fetched), and the case when the record names one. Which party the notice
// concerns is not written here: it follows from the dated chain facts at the notice's time.
import neo4j from 'neo4j-driver';
import { hostnameFacts, hostnameRef, ipFacts, ipRef } from '../dns/dns-facts.ts';
import type { Fact, Observation } from '../core/importer.ts';
import { normalizeUrl } from '../url-list/normalize-url.ts';
import type { NoticeRecord } from './notice-record.ts';

const time = (d: Date) => neo4j.types.DateTime.fromStandardDate(d);

/** Times the record states; one it leaves empty is not sent, so a later export without it keeps what an earlier one said. */
function stated(r: NoticeRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { reportedAt: time(r.reportedAt), noticeAt: time(r.noticeAt), line: r.line };
  if (r.removedAt !== undefined) out.removedAt = time(r.removedAt);
  if (r.lastOnlineAt !== undefined) out.lastOnlineAt = time(r.lastOnlineAt);
  return out;
}

export function noticeFacts(r: NoticeRecord): Observation {
  const n = normalizeUrl(r.url);
  const url = { label: 'Url', key: { url: n.url } };
  const notice = { label: 'Notice', key: { id: r.id } };
  const isIp = n.ipVersion !== undefined;
  const host = isIp ? ipRef(n.hostname) : hostnameRef(n.hostname);
  const caseFacts: Fact[] = r.caseName === undefined ? [] : [
    { kind: 'node', label: 'Case', key: { id: `case:${r.caseName}` }, props: { name: r.caseName } },
    { kind: 'rel', type: 'IN_CASE', from: url, to: { label: 'Case', key: { id: `case:${r.caseName}` } } },
  ];
  return {
    facts: [
      { kind: 'node', ...url, props: { scheme: n.scheme, port: n.port ?? null } },
      ...(isIp ? ipFacts(n.hostname) : hostnameFacts(n.hostname)),
      { kind: 'rel', type: 'ON_HOST', from: url, to: host },
      { kind: 'node', ...notice, props: stated(r) },
      { kind: 'rel', type: 'REPORTS', from: notice, to: url },
      ...caseFacts,
    ],
    scope: [],
  };
}
