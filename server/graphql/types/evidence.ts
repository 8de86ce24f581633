// `evidence(id)`: one stored answer with its provenance and the raw response as text (the client
// shows it with textContent: WHOIS/RDAP/DNS text is hostile input). Loaded in batches, so a panel
// that lists the evidence of fifty facts costs one statement.
import { builder } from '../builder.ts';
import { loadersOf } from '../loaders.ts';
import type { StoredEvidence } from '../../queries/evidence.ts';

/** How much of a raw answer one field returns; the SHA-256 and byteLength always cover all of it. */
const RAW_TEXT_BYTES = 256 * 1024;

export const Evidence = builder.objectRef<StoredEvidence>('Evidence').implement({
  description: 'One answer of one source to one query, as received: the proof behind facts.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeString('source', { description: 'dns, whois, rdap, ripe-db, caida, cdn, user, notices, …' }),
    server: t.exposeString('server', { description: 'the server asked, by name' }),
    serverAddress: t.exposeString('serverAddress', { description: 'host:port actually contacted (or the file for bulk runs)' }),
    query: t.exposeString('query', { description: 'the query as sent' }),
    observedAt: t.exposeString('observedAt'),
    status: t.exposeString('status', { description: 'ok or failed' }),
    error: t.exposeString('error', { nullable: true, description: 'why it failed' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 (hex) of the raw bytes' }),
    byteLength: t.exposeInt('byteLength'),
    meta: t.exposeString('meta', { nullable: true, description: 'JSON: transport, rcode, HTTP status, counts' }),
    rawPath: t.exposeString('rawPath', { nullable: true, description: 'where a large bulk file is kept instead of its bytes' }),
    rawText: t.string({
      nullable: true,
      description: `the raw answer decoded as UTF-8 (invalid bytes replaced), its first ${RAW_TEXT_BYTES / 1024} KiB; show it as text, never as HTML`,
      resolve: (e) => (e.raw === null ? null : e.raw.subarray(0, RAW_TEXT_BYTES).toString('utf8')),
    }),
    rawTextTruncated: t.boolean({ resolve: (e) => e.raw !== null && e.raw.length > RAW_TEXT_BYTES }),
  }),
});

builder.queryField('evidence', (t) =>
  t.field({ type: Evidence, nullable: true, args: { id: t.arg.id({ required: true }) }, resolve: async (_r, a, ctx) => (await loadersOf(ctx).evidence.load(String(a.id))) ?? null }),
);
