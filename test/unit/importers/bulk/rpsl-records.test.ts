import { describe, expect, it } from 'vitest';
import { readRpslRecords, type RpslRecordItem } from '../../../../importers/bulk/rpsl-records.ts';
import { isResale } from '../../../../importers/registry/block-status.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();
const dump = (name: string) => recordedPath('rpsl-bulk-dumps', name);
const records = async (file: string, registry?: string): Promise<RpslRecordItem[]> => collect(readRpslRecords(file, { registry }));

const PROJECT_DUMP = `
inetnum:        192.0.2.0 - 192.0.2.191
netname:        EXAMPLE-RESELLER
descr:          Example reseller
descr:          second descr line
country:        nl
org:            ORG-EX1-TEST
admin-c:        DUMY-RIPE
abuse-c:        EXR1-TEST
status:         sub-allocated pa
mnt-by:         EXAMPLE-RESELLER-MNT
mnt-by:         EXAMPLE-LIR-MNT
source:         APNIC-GRS

inetnum:        198.51.100.255 - 198.51.100.0
netname:        BACKWARDS
source:         TEST

organisation:   ORG-EX1-TEST
org-name:       Example Reseller B.V.
country:        NL
abuse-c:        EXR1-TEST

role:           Example abuse team
nic-hdl:        EXR1-TEST
abuse-mailbox:  abuse@example.net

route6:         2001:db8::/32
origin:         AS64497
source:         TEST

route:          203.0.113.0/24
origin:         64498x
source:         TEST

aut-num:        AS64496
as-name:        EXAMPLE-AS
org:            ORG-EX1-TEST
source:         TEST-NONAUTH
`;

describe('mapping RPSL objects to records', () => {
  it('maps an inetnum range that is not one CIDR, upper-cases status and country, drops DUMY-RIPE, strips -GRS', async () => {
    const [net] = ofKind(await records(files.write('a.db', PROJECT_DUMP)), 'netblock');
    expect(net).toEqual({
      kind: 'netblock', registry: 'APNIC', handle: '192.0.2.0 - 192.0.2.191', start: '192.0.2.0', end: '192.0.2.191', cidrs: ['192.0.2.0/25', '192.0.2.128/26'],
      netname: 'EXAMPLE-RESELLER', status: 'SUB-ALLOCATED PA', country: 'NL', org: 'ORG-EX1-TEST', ownerName: undefined, parent: undefined,
      mntBy: ['EXAMPLE-RESELLER-MNT', 'EXAMPLE-LIR-MNT'], abuseC: 'EXR1-TEST', adminC: [], descr: 'Example reseller\nsecond descr line', line: 2,
    });
  });

  it('reports the backwards range and the bad origin by field and line, and yields every object around them', async () => {
    const items = await records(files.write('b.db', PROJECT_DUMP), 'TEST');
    expect(ofKind(items, 'problem')).toEqual([
      { kind: 'problem', line: 15, reason: expect.stringMatching(/^inetnum: .*ends before it starts/) },
      { kind: 'problem', line: 32, reason: expect.stringMatching(/^origin: not an AS number/) },
    ]);
    expect(items.filter((i) => i.kind !== 'problem').map((i) => i.kind)).toEqual(['netblock', 'organisation', 'role', 'route', 'autnum']);
  });

  it('maps organisation, role, route6 and aut-num; objects without source take the registry option', async () => {
    const items = await records(files.write('c.db', PROJECT_DUMP), 'test');
    expect(ofKind(items, 'organisation')).toEqual([{ kind: 'organisation', registry: 'TEST', handle: 'ORG-EX1-TEST', name: 'Example Reseller B.V.', country: 'NL', abuseC: 'EXR1-TEST', line: 19 }]);
    expect(ofKind(items, 'role')).toEqual([{ kind: 'role', registry: 'TEST', handle: 'EXR1-TEST', abuseMailbox: 'abuse@example.net', line: 24 }]);
    expect(ofKind(items, 'route')).toEqual([{ kind: 'route', registry: 'TEST', prefix: '2001:db8::/32', origin: 64497, line: 28 }]);
    expect(ofKind(items, 'autnum')).toEqual([{ kind: 'autnum', registry: 'TEST-NONAUTH', number: 64496, asName: 'EXAMPLE-AS', org: 'ORG-EX1-TEST', ownerName: undefined, line: 36 }]);
  });

  it('reports objects that have no source when no registry option is given', async () => {
    const items = await records(files.write('d.db', 'role: Example\nnic-hdl: EXR2-TEST\n'));
    expect(items).toEqual([{ kind: 'problem', line: 1, reason: 'source: missing, and no registry option given' }]);
  });
});

describeRecorded('mapping the recorded RIR dumps', () => {
  it('AFRINIC: 196.204.208.1 - 196.204.208.255 (eight CIDRs), "Assigned PA" as ASSIGNED PA, country dk as DK', async () => {
    const nets = ofKind(await records(dump('afrinic.db.excerpt.txt')), 'netblock');
    expect(nets.map((n) => [n.handle, n.status, n.country, n.line])).toEqual([
      ['196.207.3.172 - 196.207.3.175', 'ASSIGNED PA', 'NG', 28],
      ['196.204.208.1 - 196.204.208.255', 'ASSIGNED PA', 'DK', 42],
    ]);
    expect(nets[0]!.cidrs).toEqual(['196.207.3.172/30']);
    expect(nets[1]!.cidrs).toEqual(['196.204.208.1/32', '196.204.208.2/31', '196.204.208.4/30', '196.204.208.8/29', '196.204.208.16/28', '196.204.208.32/27', '196.204.208.64/26', '196.204.208.128/25']);
    expect([nets[1]!.registry, nets[1]!.mntBy, nets[1]!.adminC]).toEqual(['AFRINIC', ['RAYA-MNT'], ['NIC-TEST']]);
  });

  it('LACNIC: pads 24.232.16/24, keeps inetnum-up as parent and the Latin-1 owner of AS278', async () => {
    const items = await records(dump('lacnic.db.excerpt.txt'));
    expect(ofKind(items, 'autnum')).toEqual([{ kind: 'autnum', registry: 'LACNIC', number: 278, asName: undefined, org: undefined, ownerName: 'FUNDAÇÃO DE AMPARO À PESQUISA DO ESTADO SÃO PAULO', line: 3 }]);
    const [v4, v6] = ofKind(items, 'netblock');
    expect([v4!.start, v4!.end, v4!.status, v4!.country, v4!.parent, v4!.adminC, v4!.abuseC]).toEqual(['24.232.16.0', '24.232.16.255', 'REALLOCATED', 'AR', '24.232/16', [], undefined]);
    expect([v6!.cidrs, v6!.parent, v6!.adminC, v6!.abuseC, v6!.line]).toEqual([['2001:1200:2000::/48'], '2001:1200::/32', ['IIM'], 'IIM', 23]);
  });

  it('ARIN bulk: NetRange, NetType in the ARIN whois words, OrgID and Parent; the person POC gives no record', async () => {
    const items = await records(dump('arin_db.excerpt.txt'));
    expect(items.map((i) => i.kind)).toEqual(['autnum', 'netblock', 'netblock', 'netblock']);
    const nets = ofKind(items, 'netblock');
    expect(nets.map((n) => [n.handle, n.cidrs, n.status, n.org, n.parent])).toEqual([
      ['NET-192-104-33-0-1', ['192.104.33.0/24'], 'DIRECT ASSIGNMENT', 'THESPI', 'NET-192-0-0-0-0'],
      ['NET6-2001-4D0-1', ['2001:4d0::/32'], 'DIRECT ALLOCATION', 'NASA', 'NET6-2001-400-0'],
      ['NET6-2001-468-400-1', ['2001:468:400::/40'], 'REALLOCATED', 'V6IU', 'NET6-2001-468-1'],
    ]);
    expect(isResale(nets[2]!.status)).toBe(true);
    expect(ofKind(items, 'autnum')[0]).toMatchObject({ number: 0, asName: 'IANA-RSVD-0', org: 'IANA', registry: 'ARIN' });
  });

  it('RADB and JPIRR: route objects with their origin AS and registry', async () => {
    const routes = [...ofKind(await records(dump('radb.db.excerpt.txt')), 'route'), ...ofKind(await records(dump('jpirr.db.excerpt.txt')), 'route')];
    expect(routes).toEqual([
      { kind: 'route', registry: 'RADB', prefix: '167.96.0.0/16', origin: 2900, line: 19 },
      { kind: 'route', registry: 'JPIRR', prefix: '219.23.0.0/16', origin: 76, line: 1 },
    ]);
  });

  it('RIPE and APNIC excerpts hold only as-blocks, which map to no record', async () => {
    expect(await records(dump('ripe.db.excerpt.txt'))).toEqual([]);
    expect(await records(dump('apnic.db.excerpt.txt'))).toEqual([]);
  });
});
