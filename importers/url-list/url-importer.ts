// A reported URL as a source: the line of the list it came from is the evidence, so the chain of
// any URL leads back to who reported it, where and when. Nothing is fetched: the URL's own host
// is only ever looked up by name (DNS, WHOIS, RDAP).
import type { Importer, Observation, RawEvidence } from '../core/importer.ts';
import type { SourceIo } from '../core/source-io.ts';
import { hostnameFacts, hostnameRef, ipFacts, ipRef } from '../dns/dns-facts.ts';
import { normalizeUrl, redactUserinfo, type NormalizedUrl } from './normalize-url.ts';

export interface UrlInput {
  url: NormalizedUrl;
  /** Where the line came from: file name, "stdin", "graphql". */
  list: string;
  line: number;
  input: string;
  caseId?: string | undefined;
  caseName?: string | undefined;
}

export const urlImporter: Importer<UrlInput> = {
  source: 'user',
  async fetch(q: UrlInput, io: SourceIo): Promise<RawEvidence> {
    // Credentials in a reported URL are not kept: any viewer may read the evidence. The evidence says so.
    const line = redactUserinfo(q.input);
    return {
      source: 'user', server: 'hostchain', serverAddress: 'local', query: `${q.list}:${q.line}`, observedAt: io.now(),
      body: Buffer.from(line.text, 'utf8'), status: 'ok',
      meta: { caseId: q.caseId ?? '', caseName: q.caseName ?? '', line: q.line, ...(line.redacted ? { redacted: 'the user name and password in the URL were replaced by [redacted]' } : {}) },
    };
  },
  *parse(raw: RawEvidence): Iterable<Observation> {
    const n = normalizeUrl(raw.body.toString('utf8'));
    const url = { label: 'Url', key: { url: n.url } };
    const host = n.ipVersion === undefined ? hostnameRef(n.hostname) : ipRef(n.hostname);
    const hostFacts = n.ipVersion === undefined ? hostnameFacts(n.hostname) : ipFacts(n.hostname);
    const caseId = String(raw.meta?.caseId ?? '');
    const caseFacts: Observation['facts'] = caseId === '' ? [] : [
      { kind: 'node', label: 'Case', key: { id: caseId }, props: { name: String(raw.meta?.caseName ?? caseId) } },
      { kind: 'rel', type: 'IN_CASE', from: url, to: { label: 'Case', key: { id: caseId } }, props: { line: Number(raw.meta?.line ?? 0) || null } },
    ];
    yield {
      facts: [
        { kind: 'node', ...url, props: { scheme: n.scheme, port: n.port ?? null } },
        ...hostFacts,
        ...(n.ipVersion === undefined ? [{ kind: 'node' as const, ...host, props: { unicodeName: n.hostnameUnicode } }] : []),
        { kind: 'rel', type: 'ON_HOST', from: url, to: host },
        ...caseFacts,
      ],
      scope: [],
    };
  },
};
