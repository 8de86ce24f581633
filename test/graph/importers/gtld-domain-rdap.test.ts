import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSourceIo } from '../../../importers/core/source-io.ts';
import { resolveDomainRegistration } from '../../../importers/resolve/domain-registration.ts';
import { loadConfig } from '../../../server/config.ts';
import { describeRecorded, hasRecorded, recordedPath } from '../../fixtures/recorded.ts';
import { startRdapServer, type FixtureRdapServer } from '../../../replay/rdap-server.ts';
import { evidenceWhere, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

// A gTLD domain through RDAP, the way a fresh install does it: the configured bootstrap folder is
// empty, so the bundled IANA snapshot routes .com to Verisign's RDAP base URL, which the
// configuration's base-URL override points at the loopback fixture. No registry answer for .com
// is recorded, so the fixture serves the recorded registrar answer for google.com there.
const db = openTestGraph();
let rdap: FixtureRdapServer | undefined;
let verisignBase = '';

beforeAll(async () => {
  if (!hasRecorded()) return;
  await resetGraph(db);
  rdap = await startRdapServer({ verisign: { '/domain/google.com': { file: recordedPath('rdap-responses', 'whodap_google.com.json') } } });
  const config = loadConfig({ HOSTCHAIN_RDAP_BOOTSTRAP: mkdtempSync(path.join(tmpdir(), 'hc-empty-boot-')), HOSTCHAIN_DNS_SERVERS: '127.0.0.1:9', HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: '/nonexistent.json' });
  const io0 = createSourceIo(config);
  verisignBase = io0.rdap.bootstrap.baseUrlForDomain('google.com')!;
  config.rdap.baseUrlOverrides = { [verisignBase]: rdap.urlFor('verisign') };
  await resolveDomainRegistration('google.com', { db, io: createSourceIo(config) });
});
afterAll(async () => {
  await rdap?.close();
  await db.close();
});

describeRecorded('a gTLD domain via RDAP with the bundled bootstrap', () => {
  it("routes .com to Verisign's RDAP service from the bundled IANA snapshot", () => {
    expect(verisignBase).toBe('https://rdap.verisign.com/com/v1/');
    expect(rdap!.requests.map((r) => r.url)).toEqual(['/verisign/domain/google.com']);
  });

  it('names the registrar with its IANA id and abuse mailbox, and the name servers', async () => {
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTERED_VIA', to: ['Organization', 'key'] })).toEqual(new Set(['google.com|IANA:292']));
    expect(await relsOf(db, { from: ['Organization', 'name'], type: 'ABUSE_CONTACT', to: ['Contact', 'email'] })).toContain('MarkMonitor Inc.|abusecomplaints@markmonitor.com');
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'DELEGATED_TO', to: ['Hostname', 'name'] })).toEqual(new Set(['ns1', 'ns2', 'ns3', 'ns4'].map((n) => `google.com|${n}.google.com`)));
  });

  it("states the registry state from RDAP's status (locks are not states): registered", async () => {
    expect(await relsOf(db, { from: ['Domain', 'name'], type: 'REGISTRY_STATE', to: ['RegistryState', 'state'] })).toEqual(new Set(['google.com|registered']));
  });

  it('keeps in the evidence which bootstrap file chose the server', async () => {
    const [ev] = await evidenceWhere(db, '.*/domain/google\\.com$');
    expect(JSON.parse(ev!.meta!).bootstrap).toMatch(/^dns\.json published \d{4}-\d\d-\d\dT[\d:]+Z \(bundled snapshot \(npm rdap@[\d.]+\)\)$/);
  });
});
