import { describe, expect, it } from 'vitest';
import { readRpslObjects, type RpslBulkItem } from '../../../../importers/bulk/rpsl-bulk.ts';
import { attr, attrs } from '../../../../importers/rpsl/rpsl-parse.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const dump = (name: string) => recordedPath('rpsl-bulk-dumps', name);
const objectsOf = (items: RpslBulkItem[]) => ofKind(items, 'object').map((i) => i.object);

const PROJECT_DUMP = [
  '# project-made dump: header comment',
  '',
  'inetnum:        192.0.2.0 - 192.0.2.255',
  'netname:        EXAMPLE-NET',
  'descr:          first line',
  '                second line # a comment',
  '+',
  'mnt-by:         EXAMPLE-A-MNT',
  'mnt-by:         EXAMPLE-B-MNT',
  'source:         TEST # Filtered',
  '',
  'inetnum:        198.51.100.0 - 198.51.100.255',
  'this line is not an attribute',
  'source:         TEST',
  '',
  'aut-num:        AS64496',
  'as-name:        EXAMPLE-AS',
  'source:         TEST',
].join('\n');

describe('streaming RPSL objects out of a bulk dump', () => {
  it('joins continuation lines, strips # comments and keeps repeated attributes in order', async () => {
    const [net] = objectsOf(await collect(readRpslObjects(files.write('dump.txt', PROJECT_DUMP))));
    expect(net!.line).toBe(3);
    expect(attr(net!, 'descr')).toBe('first line\nsecond line\n');
    expect(attrs(net!, 'mnt-by')).toEqual(['EXAMPLE-A-MNT', 'EXAMPLE-B-MNT']);
    expect(attr(net!, 'source')).toBe('TEST');
  });

  it('reports a malformed object with its line, skips it, and still yields the objects after it', async () => {
    const items = await collect(readRpslObjects(files.write('broken.txt', PROJECT_DUMP)));
    expect(objectsOf(items).map((o) => o.key)).toEqual(['192.0.2.0 - 192.0.2.255', 'AS64496']);
    expect(ofKind(items, 'problem')).toEqual([{ kind: 'problem', line: 13, reason: expect.stringContaining('this line is not an attribute') }]);
  });

  it('reads the same dump gzip-compressed', async () => {
    const items = await collect(readRpslObjects(files.write('dump.db.gz', PROJECT_DUMP, { gzip: true })));
    expect(objectsOf(items).map((o) => [o.className, o.line])).toEqual([['inetnum', 3], ['aut-num', 16]]);
  });
});

describeRecorded('streaming the recorded RIR dumps', () => {
  it('RIPE: yields the two as-blocks (lines 8 and 35) and drops the % tag lines between them', async () => {
    const items = await collect(readRpslObjects(dump('ripe.db.excerpt.txt')));
    expect(objectsOf(items).map((o) => [o.key, o.line, attr(o, 'org')])).toEqual([
      ['AS1877 - AS1901', 8, 'ORG-NCC1-RIPE'],
      ['AS2043 - AS2043', 35, 'ORG-NCC1-RIPE'],
    ]);
    expect(ofKind(items, 'problem')).toEqual([]);
  });

  it('RADB: reports the garbled *xxte: object at line 10 and still yields route 167.96.0.0/16 after it', async () => {
    const items = await collect(readRpslObjects(dump('radb.db.excerpt.txt')));
    expect(ofKind(items, 'problem')).toEqual([{ kind: 'problem', line: 10, reason: expect.stringContaining('*xxte:') }]);
    const route = objectsOf(items).find((o) => o.className === 'route')!;
    expect([route.key, attr(route, 'origin'), attr(route, 'descr')]).toEqual(['167.96.0.0/16', 'AS2900', 'Company 2\nAddress 2\nPostcode\nState\nCountry']);
  });

  it('JPIRR: yields the last object although the file ends without a newline', async () => {
    const last = objectsOf(await collect(readRpslObjects(dump('jpirr.db.excerpt.txt')))).at(-1)!;
    expect([last.className, last.key, attr(last, 'source')]).toEqual(['as-set', 'AS-BOGUS', 'JPIRR']);
  });

  it('ARIN bulk text: reads the POC record with its State/Prov attribute instead of rejecting it', async () => {
    const items = await collect(readRpslObjects(dump('arin_db.excerpt.txt')));
    expect(ofKind(items, 'problem')).toEqual([]);
    expect(objectsOf(items).map((o) => o.className)).toEqual(['ashandle', 'pochandle', 'nethandle', 'v6nethandle', 'v6nethandle']);
    expect(attr(objectsOf(items)[1]!, 'state-prov')).toBe('DC');
  });
});
