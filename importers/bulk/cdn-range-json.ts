// The JSON range lists the clouds and CDNs publish (DATA-FORMATS §7). Each is a few MB at most,
// so it is parsed whole; every entry is checked on its own and a bad one is reported by its
// JSON path (`prefixes[12].ip_prefix`) while the rest still arrive.
import { canonicalCidr } from './cidr-text.ts';
import type { CdnRangeItem, CdnRangeRecord } from './cdn-range-types.ts';
import { errorText } from './bulk-values.ts';

type Json = Record<string, unknown>;
type Extra = Pick<CdnRangeRecord, 'service' | 'region' | 'tag'>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function rangeAt(provider: string, value: unknown, path: string, extra: Extra): CdnRangeItem {
  if (typeof value !== 'string') return { kind: 'problem', path, line: undefined, reason: `${path}: not a string` };
  try {
    return { kind: 'range', provider, cidr: canonicalCidr(value), ...extra, path };
  } catch (e) {
    return { kind: 'problem', path, line: undefined, reason: `${path}: ${errorText(e)}` };
  }
}

/** AWS ip-ranges.json: the same CIDR repeats under AMAZON (the superset) and each service. */
function* awsRanges(doc: Json, provider: string): Generator<CdnRangeItem> {
  yield { kind: 'list', provider, version: text(doc.syncToken), createdAt: text(doc.createDate) };
  for (const [array, field] of [['prefixes', 'ip_prefix'], ['ipv6_prefixes', 'ipv6_prefix']] as const) {
    for (const [i, e] of list(doc[array]).entries()) {
      const entry = isObject(e) ? e : {};
      yield rangeAt(provider, entry[field], `${array}[${i}].${field}`, { service: text(entry.service), region: text(entry.region) });
    }
  }
}

/** Google goog.json (entries without service) and cloud.json (service "Google Cloud", scope = region). */
function* googleRanges(doc: Json, provider: string): Generator<CdnRangeItem> {
  yield { kind: 'list', provider, version: text(doc.syncToken), createdAt: text(doc.creationTime) };
  for (const [i, e] of list(doc.prefixes).entries()) {
    const entry = isObject(e) ? e : {};
    const field = 'ipv6Prefix' in entry ? 'ipv6Prefix' : 'ipv4Prefix';
    yield rangeAt(provider, entry[field], `prefixes[${i}].${field}`, { service: text(entry.service), region: text(entry.scope) });
  }
}

function* fastlyRanges(doc: Json, provider: string): Generator<CdnRangeItem> {
  yield { kind: 'list', provider, version: undefined, createdAt: undefined };
  for (const array of ['addresses', 'ipv6_addresses'] as const) {
    for (const [i, v] of list(doc[array]).entries()) yield rangeAt(provider, v, `${array}[${i}]`, {});
  }
}

/** Azure service tags: `AzureCloud` is the superset, `<Service>.<Region>` tags the subsets; the tag name is kept. */
function* azureRanges(doc: Json, provider: string): Generator<CdnRangeItem> {
  yield { kind: 'list', provider, version: text(doc.changeNumber), createdAt: undefined };
  for (const [i, v] of list(doc.values).entries()) {
    const value = isObject(v) ? v : {};
    const props = isObject(value.properties) ? value.properties : {};
    const extra = { service: text(props.systemService), region: text(props.region), tag: text(value.name) };
    for (const [j, p] of list(props.addressPrefixes).entries()) yield rangeAt(provider, p, `values[${i}].properties.addressPrefixes[${j}]`, extra);
  }
}

const SHAPES: { provider: string; matches: (doc: Json) => boolean; read: (doc: Json, provider: string) => Generator<CdnRangeItem> }[] = [
  { provider: 'AWS', matches: (d) => 'createDate' in d || 'ipv6_prefixes' in d, read: awsRanges },
  { provider: 'Google', matches: (d) => 'creationTime' in d || ('prefixes' in d && 'syncToken' in d), read: googleRanges },
  { provider: 'Fastly', matches: (d) => 'addresses' in d || 'ipv6_addresses' in d, read: fastlyRanges },
  { provider: 'Azure', matches: (d) => Array.isArray(d.values), read: azureRanges },
];

/** Every range of a JSON list; throws when the text is not JSON or not one of the known shapes. */
export function* jsonCdnRanges(source: string, providerOption: string | undefined): Generator<CdnRangeItem> {
  const doc: unknown = JSON.parse(source);
  const shape = isObject(doc) ? SHAPES.find((s) => s.matches(doc)) : undefined;
  if (shape === undefined || !isObject(doc)) throw new Error('not a known range list shape (AWS, Google, Fastly or Azure JSON)');
  yield* shape.read(doc, providerOption ?? shape.provider);
}
