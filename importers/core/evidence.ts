// Raw evidence as it is stored: content hash, size, and the bytes themselves (or, for bulk files,
// where they are). The id is derived from what was asked, where, when and what came back, so a
// resumed job that saves the same evidence twice creates one node.
import { createHash } from 'node:crypto';
import type { RawEvidence } from './importer.ts';

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function evidenceId(raw: RawEvidence): string {
  const h = createHash('sha256');
  for (const part of [raw.source, raw.serverAddress, raw.query, raw.observedAt.toISOString(), sha256Hex(raw.body)]) h.update(part).update('\0');
  return `ev-${h.digest('hex').slice(0, 32)}`;
}

export interface EvidenceRow {
  id: string;
  source: string;
  server: string;
  serverAddress: string;
  query: string;
  observedAt: string;
  status: string;
  error: string | null;
  sha256: string;
  byteLength: number;
  raw: Int8Array;
  meta: string;
}

export function toEvidenceRow(raw: RawEvidence): EvidenceRow {
  return {
    id: evidenceId(raw),
    source: raw.source,
    server: raw.server,
    serverAddress: raw.serverAddress,
    query: raw.query,
    observedAt: raw.observedAt.toISOString(),
    status: raw.status,
    error: raw.error ?? null,
    sha256: sha256Hex(raw.body),
    byteLength: raw.body.length,
    // The driver sends Int8Array as a Neo4j byte[]: the answer exactly as received.
    raw: new Int8Array(raw.body.buffer, raw.body.byteOffset, raw.body.length),
    meta: JSON.stringify(raw.meta ?? {}),
  };
}
