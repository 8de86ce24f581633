// The bulk sources `hostchain import <kind> <path>` takes: one row per kind, with where the data is
// published, how often it changes and the terms it comes under (also listed in the README).
import type { GraphDb } from '../server/db/driver.ts';
import type { BulkRunResult } from './core/bulk-run.ts';
import { importCdnRanges } from './cloud-ranges/cdn-range-import.ts';

export interface ImportOptions {
  db: GraphDb;
  file: string;
  provider?: string | undefined;
  registry?: string | undefined;
  onProgress?: (p: { records: number; problems: number }) => void;
}

export interface ImportKind {
  kind: string;
  what: string;
  published: string;
  run(opts: ImportOptions): Promise<BulkRunResult & { dataset: string }>;
}

export const IMPORT_KINDS: ImportKind[] = [
  {
    kind: 'cdn',
    what: 'CDN / cloud published ranges: Cloudflare text lists (with --provider), AWS ip-ranges.json, Google goog.json / cloud.json, Fastly, Azure service tags, geofeed CSV (with --provider)',
    published: 'https://www.cloudflare.com/ips-v4, https://ip-ranges.amazonaws.com/ip-ranges.json, https://www.gstatic.com/ipranges/goog.json, https://api.fastly.com/public-ip-list',
    run: async (o) => {
      const r = await importCdnRanges({ db: o.db, file: o.file, provider: o.provider });
      return { ...r, dataset: r.provider };
    },
  },
];

export function importKind(kind: string): ImportKind {
  const k = IMPORT_KINDS.find((x) => x.kind === kind);
  if (k === undefined) throw new Error(`unknown import kind "${kind}"; one of: ${IMPORT_KINDS.map((x) => x.kind).join(', ')}`);
  return k;
}
