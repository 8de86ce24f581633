import { describe, expect, it } from 'vitest';
import { readAsOrg } from '../../../../importers/bulk/caida-as-org.ts';
import { collect, ofKind, tempFiles } from './bulk-files.ts';

const files = tempFiles();

// No real as-org2info file is recorded (DATA-FORMATS §3.3). The LVLT rows are the example rows
// DATA-FORMATS quotes from CAIDA; the rest use documentation AS numbers.
const PROJECT_AS_ORG = [
  '# name: AS Org',
  '# format:org_id|changed|org_name|country|source',
  'LVLT-ARIN|20120130|Level 3 Communications, Inc.|US|ARIN',
  'ORG-EX1-RIPE|20260101|Example | Pipe B.V.|NL|RIPE',
  '# format: aut|changed|aut_name|org_id|opaque_id|source',
  '1|20120224|LVLT-1|LVLT-ARIN|e5e3b9c13678dfc483fb1f819d70883c_ARIN|ARIN',
  '64496x|20260101|EXAMPLE-AS|ORG-EX1-RIPE||RIPE',
  '64497|20260101|EXAMPLE-AS2|ORG-EX1-RIPE||RIPE',
].join('\n');

describe('reading CAIDA AS-to-Organization', () => {
  it('reads both sections by the field names of their # format: lines', async () => {
    const items = await collect(readAsOrg(files.write('20260101.as-org2info.txt', PROJECT_AS_ORG)));
    expect(ofKind(items, 'organization')[0]).toEqual({ kind: 'organization', orgId: 'LVLT-ARIN', name: 'Level 3 Communications, Inc.', country: 'US', changed: '2012-01-30', source: 'ARIN', line: 3 });
    expect(ofKind(items, 'asn')).toEqual([
      { kind: 'asn', asn: 1, name: 'LVLT-1', orgId: 'LVLT-ARIN', opaqueId: 'e5e3b9c13678dfc483fb1f819d70883c_ARIN', changed: '2012-02-24', source: 'ARIN', line: 6 },
      { kind: 'asn', asn: 64497, name: 'EXAMPLE-AS2', orgId: 'ORG-EX1-RIPE', opaqueId: undefined, changed: '2026-01-01', source: 'RIPE', line: 8 },
    ]);
  });

  it('refuses a row whose field count differs from its # format: line and a non-numeric aut', async () => {
    const items = await collect(readAsOrg(files.write('bad.as-org2info.txt.gz', PROJECT_AS_ORG, { gzip: true })));
    expect(ofKind(items, 'problem')).toEqual([
      { kind: 'problem', line: 4, reason: 'line: 6 fields, the "# format:" line names 5' },
      { kind: 'problem', line: 7, reason: expect.stringMatching(/^aut: not an AS number/) },
    ]);
  });

  it('reads the old section without opaque_id, and refuses rows before any # format: line', async () => {
    const old = 'AS64498|20080101|EARLY|ORG-EARLY|ARIN\n# format:aut|changed|name|org_id|source\n64498|20080101|EARLY-AS|ORG-EARLY|ARIN\n';
    const items = await collect(readAsOrg(files.write('old.txt', old)));
    expect(items).toEqual([
      { kind: 'problem', line: 1, reason: 'line: data before any "# format:" line' },
      { kind: 'asn', asn: 64498, name: 'EARLY-AS', orgId: 'ORG-EARLY', opaqueId: undefined, changed: '2008-01-01', source: 'ARIN', line: 3 },
    ]);
  });

  it('reads the jsonl variant, and reports a bad line by field while the next still arrives', async () => {
    const jsonl = [
      '{"changed":"20120130","country":"US","name":"Level 3 Communications, Inc.","organizationId":"LVLT-ARIN","source":"ARIN","type":"Organization"}',
      '{"asn":"1","changed":"20120224","name":"LVLT-1","opaqueId":"e5e3b9c13678dfc483fb1f819d70883c_ARIN","organizationId":"LVLT-ARIN","source":"ARIN","type":"ASN"}',
      '{"asn":"64496","name":"EXAMPLE-AS","source":"RIPE","type":"ASN"}',
      '{"asn":64497,"name":"EXAMPLE-AS2","organizationId":"ORG-EX1-RIPE","source":"RIPE","type":"ASN"',
      '{"asn":64499,"name":"EXAMPLE-AS3","organizationId":"ORG-EX1-RIPE","source":"RIPE","type":"ASN"}',
    ].join('\n');
    const items = await collect(readAsOrg(files.write('20260101.as-org2info.jsonl', jsonl)));
    expect(items.map((i) => [i.kind, i.line])).toEqual([['organization', 1], ['asn', 2], ['problem', 3], ['problem', 4], ['asn', 5]]);
    expect(items[1]).toMatchObject({ asn: 1, orgId: 'LVLT-ARIN', opaqueId: 'e5e3b9c13678dfc483fb1f819d70883c_ARIN', changed: '2012-02-24' });
    expect(ofKind(items, 'problem').map((p) => p.reason.split(':')[0])).toEqual(['organizationId', 'json']);
  });
});
