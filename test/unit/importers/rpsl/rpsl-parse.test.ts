import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, attrs, parseRpslText, type RpslObject } from '../../../../importers/rpsl/rpsl-parse.ts';
import { decodeWhoisText } from '../../../../importers/whois/whois-transport.ts';
import { describeRecorded, recordedPath } from '../../../fixtures/recorded.ts';

const objects = (text: string): RpslObject[] => parseRpslText(text).flatMap((i) => (i.kind === 'object' ? [i.object] : []));

describe('parsing RPSL', () => {
  it('joins continuation lines (space, tab, +) and strips # comments', () => {
    const [o] = objects('inetnum:  192.0.2.0 - 192.0.2.255\nremarks:  first\n  second # note\n\tthird\n+\nsource:   RIPE # Filtered\n');
    expect(o!.key).toBe('192.0.2.0 - 192.0.2.255');
    expect(attr(o!, 'remarks')).toBe('first\nsecond\nthird\n');
    expect(attr(o!, 'source')).toBe('RIPE');
  });

  it('keeps repeated attributes in order and lower-cases names', () => {
    const [o] = objects('aut-num: AS64500\nMNT-BY: A-MNT\nmnt-by: B-MNT\n');
    expect(attrs(o!, 'mnt-by')).toEqual(['A-MNT', 'B-MNT']);
  });

  it('reports a broken object with its line number and still yields the objects around it', () => {
    const items = parseRpslText('role: Good One\nnic-hdl: G1\n\ninetnum: 198.51.100.0 - 198.51.100.255\nthis line is junk\nstatus: ASSIGNED PA\n\norganisation: ORG-X\n');
    expect(items.filter((i) => i.kind === 'object').map((i) => (i.kind === 'object' ? i.object.key : ''))).toEqual(['Good One', 'ORG-X']);
    expect(items.find((i) => i.kind === 'problem')).toEqual({ kind: 'problem', problem: { line: 5, objectLine: 4, reason: expect.stringContaining('not an "attribute: value" line') } });
  });

  it('passes % server messages on (they carry the abuse contact line)', () => {
    const items = parseRpslText("% Abuse contact for '192.0.2.0 - 192.0.2.255' is 'abuse@example.net'\n\ninetnum: 192.0.2.0 - 192.0.2.255\n");
    expect(items[0]).toEqual({ kind: 'message', line: 1, text: "Abuse contact for '192.0.2.0 - 192.0.2.255' is 'abuse@example.net'" });
  });
});

describeRecorded('parsing recorded RIR answers', () => {
  it('reads the RIPE answer for 62.239.237.1: the ASSIGNED PA inetnum, its roles and the route', () => {
    const text = decodeWhoisText(readFileSync(recordedPath('ipwhois-rir-fixtures/extracted/whois_ripencc_62.239.237.1.txt')));
    const objs = objects(text);
    const inetnum = objs.find((o) => o.className === 'inetnum')!;
    expect(inetnum.key).toBe('62.239.237.0 - 62.239.237.255');
    expect(attr(inetnum, 'status')).toBe('ASSIGNED PA');
    expect(attr(inetnum, 'netname')).toBe('BT-CORPORATE');
    expect(objs.filter((o) => o.className === 'role').map((o) => attr(o, 'abuse-mailbox'))).toContain('protect@bt.com');
  });
});
