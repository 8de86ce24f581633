// The bulk sources `hostchain import <kind> <path>` takes: one row per kind, with where the data is
// published, how often it changes and the terms it comes under (also listed in the README).
import type { GraphDb } from '../server/db/driver.ts';
import type { BulkProgress, BulkRunResult } from './core/bulk-run.ts';
import { importCdnRanges } from './cloud-ranges/cdn-range-import.ts';
import { importRpslDump } from './ripe-db/rpsl-dump-import.ts';
import { importRirDelegated } from './rir-delegated/delegated-import.ts';
import { importAsOrganizations, importAsRelationships, importPrefix2As } from './caida/caida-import.ts';
import { parseColumnPairs } from './notices/notice-columns.ts';
import { importNotices } from './notices/notice-import.ts';
import { NOTICE_ENCODINGS, type NoticeEncoding } from './notices/notice-file-text.ts';

export interface ImportOptions {
  db: GraphDb;
  file: string;
  provider?: string | undefined;
  registry?: string | undefined;
  /** Notices: `field=CSV header` pairs (url, reportedAt, noticeAt, removedAt, lastOnlineAt, id, case). */
  columns?: string[] | undefined;
  /** Notices: the file's encoding when it is not UTF-8 (latin1, windows-1252). */
  encoding?: string | undefined;
  onProgress?: (p: BulkProgress) => void;
}

export interface ImportKind {
  kind: string;
  what: string;
  published: string;
  run(opts: ImportOptions): Promise<BulkRunResult & { dataset: string }>;
}

export const IMPORT_KINDS: ImportKind[] = [
  {
    kind: 'rpsl',
    what: 'a registry database dump in RPSL: RIPE split files (ripe.db.inetnum.gz, .inet6num, .organisation, .role, .aut-num, .route, .route6) or the whole ripe.db.gz, APNIC and AFRINIC dumps, LACNIC and ARIN bulk text, IRR dumps; blocks, holders, abuse mailboxes, the WITHIN hierarchy',
    published: 'https://ftp.ripe.net/ripe/dbase/split/ (daily; personal data removed), https://ftp.apnic.net/apnic/whois/, https://ftp.afrinic.net/dbase/; ARIN and LACNIC bulk data by agreement',
    run: (o) => importRpslDump({ db: o.db, file: o.file, registry: o.registry, onProgress: o.onProgress }),
  },
  {
    kind: 'delegated',
    what: "a RIR's delegated-extended statistics: which block or AS numbers went to which country, when, and the holder's opaque id",
    published: 'https://ftp.ripe.net/pub/stats/ripencc/delegated-ripencc-extended-latest, and the same file at ARIN, APNIC, LACNIC, AFRINIC (daily; free to use)',
    run: (o) => importRirDelegated({ db: o.db, file: o.file, onProgress: o.onProgress }),
  },
  {
    kind: 'pfx2as',
    what: 'CAIDA RouteViews prefix-to-AS (IPv4 or IPv6): routed prefixes and their origin ASes, multi-origin and AS sets',
    published: 'https://publicdata.caida.org/datasets/routing/routeviews-prefix2as/ (daily; CAIDA acceptable use agreement)',
    run: (o) => importPrefix2As({ db: o.db, file: o.file, onProgress: o.onProgress }),
  },
  {
    kind: 'as-rel',
    what: 'CAIDA AS relationships (serial-1 or serial-2): who buys transit from whom, who peers',
    published: 'https://publicdata.caida.org/datasets/as-relationships/serial-2/ (monthly; CAIDA acceptable use agreement)',
    run: (o) => importAsRelationships({ db: o.db, file: o.file, onProgress: o.onProgress }),
  },
  {
    kind: 'as-org',
    what: 'CAIDA AS-to-organisation (text or JSONL): the name and holder of each AS',
    published: 'https://publicdata.caida.org/datasets/as-organizations/ (quarterly; CAIDA acceptable use agreement)',
    run: (o) => importAsOrganizations({ db: o.db, file: o.file, onProgress: o.onProgress }),
  },
  {
    kind: 'cdn',
    what: 'CDN / cloud published ranges: Cloudflare text lists (with --provider), AWS ip-ranges.json, Google goog.json / cloud.json, Fastly, Azure service tags, geofeed CSV (with --provider)',
    published: 'https://www.cloudflare.com/ips-v4, https://ip-ranges.amazonaws.com/ip-ranges.json, https://www.gstatic.com/ipranges/goog.json, https://api.fastly.com/public-ip-list',
    run: async (o) => {
      const r = await importCdnRanges({ db: o.db, file: o.file, provider: o.provider });
      return { ...r, dataset: r.provider };
    },
  },
  {
    kind: 'notices',
    what: "the hotline's notice-and-takedown records (CSV with a header row; map its columns with --column field=header): URL, when reported, when the notice was sent, when removal was confirmed or the URL last seen online, optional record id and case",
    published: "the hotline's own export (not public)",
    run: (o) => importNotices({ db: o.db, file: o.file, columns: parseColumnPairs(o.columns ?? []), encoding: noticeEncoding(o.encoding), onProgress: o.onProgress }),
  },
];

function noticeEncoding(text: string | undefined): NoticeEncoding | undefined {
  if (text === undefined) return undefined;
  const e = text.toLowerCase() === 'utf8' ? 'utf-8' : text.toLowerCase();
  if (!(NOTICE_ENCODINGS as readonly string[]).includes(e)) throw new Error(`--encoding: "${text}" is not one of ${NOTICE_ENCODINGS.join(', ')}`);
  return e as NoticeEncoding;
}

export function importKind(kind: string): ImportKind {
  const k = IMPORT_KINDS.find((x) => x.kind === kind);
  if (k === undefined) throw new Error(`unknown import kind "${kind}"; one of: ${IMPORT_KINDS.map((x) => x.kind).join(', ')}`);
  return k;
}
