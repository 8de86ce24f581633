// What a restored (or any) database is checked for: the audit chain holds, and every stored
// answer still has the bytes its SHA-256 was taken of. A restore reports this; `hostchain db
// verify` prints it on demand.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { verifyAuditLog, type AuditVerification, type VerifyOptions } from '../auth/audit-verify.ts';
import { readEvidencePage } from '../queries/backup.ts';
import type { GraphDb } from './driver.ts';

export interface EvidenceCheck {
  checked: number;
  /** Stored in the graph and equal to their hash. */
  matching: number;
  /** Kept by path (bulk files) and equal to their hash. */
  filesMatching: number;
  mismatched: string[];
  /** Kept by path, and the file is gone. */
  filesMissing: string[];
}

export interface DatabaseVerification {
  ok: boolean;
  audit: AuditVerification;
  evidence: EvidenceCheck;
  /** The report, a sentence a line. */
  lines: string[];
}

const PAGE = 500;
const NAMED = 10;

export async function verifyDatabase(db: GraphDb, opts: VerifyOptions = {}): Promise<DatabaseVerification> {
  const audit = await verifyAuditLog(db, opts);
  const evidence = await checkEvidenceHashes(db);
  const evidenceOk = evidence.mismatched.length === 0 && evidence.filesMissing.length === 0;
  return { ok: audit.ok && evidenceOk, audit, evidence, lines: [...audit.findings, ...describeEvidence(evidence)] };
}

export async function checkEvidenceHashes(db: GraphDb): Promise<EvidenceCheck> {
  const out: EvidenceCheck = { checked: 0, matching: 0, filesMatching: 0, mismatched: [], filesMissing: [] };
  for (let after = ''; ; ) {
    const page = await readEvidencePage(db, after, PAGE);
    for (const e of page) {
      out.checked++;
      if (e.raw === null && e.rawPath !== null) {
        if (!existsSync(e.rawPath)) out.filesMissing.push(e.id);
        else if ((await fileSha256(e.rawPath)) === e.sha256) out.filesMatching++;
        else out.mismatched.push(e.id);
      } else if (sha256(e.raw ?? Buffer.alloc(0)) === e.sha256) out.matching++;
      else out.mismatched.push(e.id);
    }
    if (page.length < PAGE) return out;
    after = page.at(-1)!.id;
  }
}

function describeEvidence(e: EvidenceCheck): string[] {
  const bad = e.mismatched.length + e.filesMissing.length;
  const lines = [bad === 0 ? `evidence: ${e.checked} stored answers, every one equal to its SHA-256 (${e.matching} in the graph, ${e.filesMatching} bulk files by path)` : `evidence NOT intact: ${bad} of ${e.checked} stored answers fail their SHA-256 check`];
  if (e.mismatched.length > 0) lines.push(`bytes changed since they were stored: ${named(e.mismatched)}`);
  if (e.filesMissing.length > 0) lines.push(`bulk files kept by path are gone (back up the data folder with the database): ${named(e.filesMissing)}`);
  return lines;
}

const named = (ids: string[]) => `${ids.slice(0, NAMED).join(', ')}${ids.length > NAMED ? ` and ${ids.length - NAMED} more` : ''}`;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return h.digest('hex');
}
