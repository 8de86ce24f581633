// A published CDN or cloud range as facts: the range (CdnRange, keyed "<provider> <cidr>") and
// the provider that operates it. The provider is an Organization of kind "cdn" keyed by name,
// because the published lists name no registry handle.
import type { Observation } from '../core/importer.ts';
import { cidrToRange } from '../core/ip-key.ts';

export interface CdnRangeRecord {
  provider: string;
  cidr: string;
  service?: string | undefined;
  region?: string | undefined;
}

export const cdnProviderKey = (provider: string) => `NAME:${provider}`;

export function cdnRangeFacts(r: CdnRangeRecord): Observation {
  const range = cidrToRange(r.cidr);
  const cidr = `${range.start}/${range.prefixLength ?? r.cidr.split('/')[1]}`;
  // AWS lists one prefix under several services (AMAZON and CLOUDFRONT): one node per service.
  const rangeNode = { label: 'CdnRange', key: { key: r.service ? `${r.provider} ${cidr} ${r.service}` : `${r.provider} ${cidr}` } };
  const org = { label: 'Organization', key: { key: cdnProviderKey(r.provider) } };
  return {
    facts: [
      { kind: 'node', ...rangeNode, props: { provider: r.provider, cidr, service: r.service ?? null, region: r.region ?? null, rangeStart: range.rangeStart, rangeEnd: range.rangeEnd, family: range.family } },
      { kind: 'node', ...org, props: { name: r.provider, kind: 'cdn' } },
      { kind: 'rel', type: 'OPERATED_BY', from: rangeNode, to: org },
    ],
    scope: [],
  };
}
