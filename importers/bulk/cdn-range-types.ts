// What a CDN / cloud range list reads into: ranges, the list's own version, and the problems found;
// shared by the list reader (cdn-ranges.ts) and its JSON shapes (cdn-range-json.ts).

export interface CdnRangeRecord {
  kind: 'range';
  provider: string;
  /** Canonical `address/length`. */
  cidr: string;
  service?: string | undefined;
  /** Cloud region (AWS region, Google scope, Azure region) or the geofeed's ISO 3166-2 subdivision. */
  region?: string | undefined;
  /** Azure service tag name (AzureFrontDoor.Frontend, Storage.WestEurope, AzureCloud, …). */
  tag?: string | undefined;
  country?: string | undefined;
  city?: string | undefined;
  line?: number | undefined;
  /** Where a JSON entry sits: `prefixes[12].ip_prefix`. */
  path?: string | undefined;
}

/** The list's own version, kept as provenance: AWS/Google syncToken, Azure changeNumber. */
export interface CdnListVersion {
  kind: 'list';
  provider: string;
  version: string | undefined;
  createdAt: string | undefined;
}

export interface CdnRangeProblem {
  kind: 'problem';
  line: number | undefined;
  path: string | undefined;
  reason: string;
}

export type CdnRangeItem = CdnRangeRecord | CdnListVersion | CdnRangeProblem;
