import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveAsHolder } from '../../../importers/resolve/as-holder.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { loadConfig, type Config } from '../../../server/config.ts';
import { describeRecorded, hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { nodesOf, relPropsOf, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// ARIN's real autnum answer for AS16509, reached through the real IANA asn bootstrap rewritten
// to point at the loopback fixture.
const db = openTestGraph();
let rdap: FixtureRdapServer | undefined;
let config: Config;
const t1 = new Date('2026-11-01T10:00:00Z');
const t2 = new Date('2026-11-20T10:00:00Z');
const autnum16509 = { arin: { '/autnum/16509': { file: recordedPath('rdap-responses', 'icann-rdap_autnum_16509.json') } } };

beforeAll(async () => {
  if (!hasRecorded()) return;
  await resetGraph(db);
  rdap = await startRdapServer(autnum16509);
  config = loadConfig({ HOSTCHAIN_RDAP_BOOTSTRAP: rdap.writeBootstrapFrom(recordedPath('rdap-bootstrap')), HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
});
afterAll(async () => {
  await rdap?.close();
  await db.close();
});

describeRecorded('the holder of an origin AS over RDAP', () => {
  it("asks ARIN (by IANA's asn bootstrap) and keys the holder as ARIN keys block holders", async () => {
    const r = await resolveAsHolder(16509, { db, io: createSourceIo(config, () => t1) });
    expect(r).toMatchObject({ status: 'ok' });
    expect(rdap!.requests.map((q) => q.url)).toContain('/arin/autnum/16509');
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'key'], open: true })).toEqual(new Set(['16509|ARIN:AMAZON-4']));
    expect(await nodesOf(db, 'Organization', ['key', 'name'])).toEqual(new Set(['ARIN:AMAZON-4|Amazon.com, Inc.']));
    expect(await nodesOf(db, 'AutonomousSystem', ['number', 'name', 'registry'])).toEqual(new Set(['16509|AMAZON-02|ARIN']));
    const [held] = await relPropsOf(db, { from: ['AutonomousSystem', 'number', 16509], type: 'HELD_BY' });
    expect(held).toMatchObject({ source: 'rdap', nameFrom: 'rdap-registrant-fn', evidenceId: r!.evidenceId });
  });

  it('a later 404 is "no object": an ok answer that ends nothing', async () => {
    rdap!.setRoutes({ arin: {} });
    const r = await resolveAsHolder(16509, { db, io: createSourceIo(config, () => t2) });
    expect(r).toMatchObject({ status: 'ok', ended: 0 });
    expect(await relsOf(db, { from: ['AutonomousSystem', 'number'], type: 'HELD_BY', to: ['Organization', 'key'], open: true })).toEqual(new Set(['16509|ARIN:AMAZON-4']));
    rdap!.setRoutes(autnum16509);
  });

  it('asks nothing for an AS no RDAP service covers', async () => {
    const before = rdap!.requests.length;
    expect(await resolveAsHolder(4200000000 + 1, { db, io: createSourceIo(config, () => t2) })).toBeUndefined();
    expect(rdap!.requests.length).toBe(before);
  });
});
