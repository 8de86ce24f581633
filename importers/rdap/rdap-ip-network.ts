// An RDAP "ip network" answer (RFC 9083 §5.4) to a RegistryNetwork, with the RIR quirks seen in
// real answers: ARIN zero-padded addresses, RIPE "/32" suffixes and no objectClassName (2015),
// LACNIC handle = start address, cidr0 prefixes, ARIN origin AS extension.
import { z } from 'zod';
import { canonicalRegistryAddress, type RegistryNetwork, type Rir } from '../registry/registry-network.ts';
import { findAbuseEmails, findMaintainers, rdapEntity } from './rdap-entities.ts';
import { rdapHolder, rdapRemarks } from './rdap-holder.ts';
import { rirOfWhoisServer } from '../registry/rirs.ts';

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
  remarks: rdapRemarks,
});

export function rirOfPort43(port43: string | undefined): Rir | undefined {
  return rirOfWhoisServer(port43);
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
    holder: rdapHolder(n.entities, n.remarks),
    abuseEmails: findAbuseEmails(n.entities),
    originAsns: n.arin_originas0_originautnums ?? [],
    maintainers: findMaintainers(n.entities),
    // "up" (RFC 9083 §4.2): the enclosing network, the next step of the chain.
    upLink: n.links?.find((l) => l.rel === 'up')?.href,
  };
}
