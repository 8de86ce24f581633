// An RDAP "ip network" answer (RFC 9083 §5.4) to a RegistryNetwork, with the RIR quirks seen in
// real answers: ARIN zero-padded addresses, RIPE "/32" suffixes and no objectClassName (2015),
// LACNIC handle = start address, cidr0 prefixes, ARIN origin AS extension.
import { z } from 'zod';
import { firstDescrLine } from '../registry/holder-names.ts';
import { canonicalRegistryAddress, type HolderNameSource, type RegistryNetwork, type RegistryParty, type Rir } from '../registry/registry-network.ts';
import { findAbuseEmails, findHolder, findMaintainers, rdapEntity, vcardCountry, vcardText, type RdapEntity } from './rdap-entities.ts';

const ipNetwork = z.object({
  objectClassName: z.literal('ip network').optional(),
  handle: z.string(),
  startAddress: z.string(),
  endAddress: z.string(),
  ipVersion: z.enum(['v4', 'v6']).optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  country: z.string().optional(),
  parentHandle: z.string().optional(),
  port43: z.string().optional(),
  entities: z.array(rdapEntity).optional(),
  arin_originas0_originautnums: z.array(z.number()).optional(),
  links: z.array(z.object({ rel: z.string().optional(), href: z.string().optional() })).optional(),
  remarks: z.array(z.object({ title: z.string().optional(), description: z.array(z.string()).optional() })).optional().catch(undefined),
});

type Remarks = z.infer<typeof ipNetwork>['remarks'];

/**
 * RPSL `descr:` as RDAP carries it: APNIC titles the remark "description", RIPE gives it first and
 * untitled. The holder's name for blocks without an organisation (issue 13).
 */
function descrOf(remarks: Remarks): string | undefined {
  const r = remarks?.find((x) => x.title === undefined || /^description$/i.test(x.title));
  return firstDescrLine(r?.description?.join('\n'));
}

function holderOf(entities: RdapEntity[] | undefined, remarks: Remarks): RegistryParty | undefined {
  const e = findHolder(entities);
  const descr = descrOf(remarks);
  if (e === undefined) return descr === undefined ? undefined : { name: descr, nameFrom: 'descr' };
  // AFRINIC's vCard fn is the org handle again: a handle is not a name.
  const fn = vcardText(e, 'fn');
  const fnIsName = fn !== undefined && fn !== e.handle;
  const org = vcardText(e, 'org');
  const [name, nameFrom]: [string | undefined, HolderNameSource | undefined] = fnIsName ? [fn, 'rdap-registrant-fn'] : org !== undefined ? [org, 'rdap-registrant-org'] : descr !== undefined ? [descr, 'descr'] : [fn, fn === undefined ? undefined : 'rdap-registrant-fn'];
  return { handle: e.handle ?? fn, name, country: vcardCountry(e), kind: vcardText(e, 'kind'), nameFrom };
}

const RIR_BY_PORT43: Record<string, Rir> = {
  'whois.ripe.net': 'RIPE', 'whois.arin.net': 'ARIN', 'whois.apnic.net': 'APNIC', 'whois.lacnic.net': 'LACNIC', 'whois.afrinic.net': 'AFRINIC',
};

export function rirOfPort43(port43: string | undefined): Rir | undefined {
  return port43 === undefined ? undefined : RIR_BY_PORT43[port43.toLowerCase()];
}

export class RdapShapeError extends Error {
  readonly code = 'RDAP_SHAPE';
}

export function parseRdapIpNetwork(json: unknown): RegistryNetwork & { upLink: string | undefined } {
  const r = ipNetwork.safeParse(json);
  if (!r.success) throw new RdapShapeError(`not an RDAP ip network: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const n = r.data;
  return {
    rir: rirOfPort43(n.port43),
    handle: n.handle,
    start: canonicalRegistryAddress(n.startAddress),
    end: canonicalRegistryAddress(n.endAddress),
    name: n.name,
    status: n.type?.toUpperCase(),
    country: n.country?.toUpperCase(),
    parentHandle: n.parentHandle,
    holder: holderOf(n.entities, n.remarks),
    abuseEmails: findAbuseEmails(n.entities),
    originAsns: n.arin_originas0_originautnums ?? [],
    maintainers: findMaintainers(n.entities),
    // "up" (RFC 9083 §4.2): the enclosing network, the next step of the chain.
    upLink: n.links?.find((l) => l.rel === 'up')?.href,
  };
}
