// `hostchain import cdn <file>`: a CDN / cloud provider's published range list into the graph as
// one bulk run (the list file is the evidence), then addresses in it are marked as fronted.
// The list names its provider (JSON shapes) or the user does (--provider, for text and CSV).
import type { GraphDb } from '../../server/db/driver.ts';
import { readCdnRanges } from '../bulk/cdn-ranges.ts';
import { peekFirst } from '../bulk/peek-first.ts';
import { runBulkImport, type BulkItem, type BulkRunResult } from '../core/bulk-run.ts';
import { cdnRangeFacts } from './cdn-range-facts.ts';

export interface CdnImportResult extends BulkRunResult {
  provider: string;
}

export async function importCdnRanges(opts: { db: GraphDb; file: string; provider?: string | undefined; now?: () => Date }): Promise<CdnImportResult> {
  // The provider, and with it the dataset this list is authoritative for, comes first.
  const { head, all } = await peekFirst(readCdnRanges(opts.file, { provider: opts.provider })).catch((err: Error) => {
    // The text and CSV shapes name no provider: say how to name it on the command line.
    if (opts.provider === undefined && /provider/.test(err.message)) throw new Error(`${opts.file}: a plain-text or CSV range list does not name its provider: pass --provider <name>`);
    throw err;
  });
  const named = opts.provider ?? (head !== undefined && head.kind !== 'problem' ? head.provider : undefined);
  if (named === undefined) throw new Error(`${opts.file}: no provider named by the list; pass --provider`);
  const provider: string = named;
  async function* bulkItems(): AsyncGenerator<BulkItem> {
    for await (const it of all) {
      if (it.kind === 'problem') yield { kind: 'problem', position: it.path ?? `line ${it.line}`, reason: it.reason };
      else if (it.kind === 'list') {
        if (it.createdAt !== undefined) yield { kind: 'data-date', date: it.createdAt };
      } else yield { kind: 'facts', observation: cdnRangeFacts({ provider, cidr: it.cidr, service: it.service ?? it.tag, region: it.region }) };
    }
  }
  const result = await runBulkImport({ db: opts.db, source: 'cloud-ranges', dataset: provider, file: opts.file, endTypes: ['OPERATED_BY'], now: opts.now }, bulkItems());
  return { ...result, provider };
}
