// An RDAP "autnum" answer (RFC 9083 §5.5): the AS, its name and country, and its holder, keyed as
// the registry keys block holders ("RIPE:ORG-…", "ARIN:<org handle>", "APNIC:NAME:<descr>"), so
// the origin AS's holder can be compared with the holders of the blocks it announces.
import { z } from 'zod';
import type { RegistryParty, Rir } from '../registry/registry-network.ts';
import { findAbuseEmails, rdapEntity } from './rdap-entities.ts';
import { rdapHolder, rdapRemarks } from './rdap-holder.ts';
import { rirOfPort43, RdapShapeError } from './rdap-ip-network.ts';

const autnum = z.object({
  objectClassName: z.literal('autnum').optional(),
  handle: z.string().optional(),
  startAutnum: z.number().int().nonnegative(),
  endAutnum: z.number().int().nonnegative().optional(),
  name: z.string().optional(),
  country: z.string().optional(),
  port43: z.string().optional(),
  entities: z.array(rdapEntity).optional(),
  remarks: rdapRemarks,
});

export interface RdapAutnum {
  rir: Rir | undefined;
  handle: string | undefined;
  start: number;
  end: number;
  name: string | undefined;
  country: string | undefined;
  holder: RegistryParty | undefined;
  abuseEmails: string[];
}

export function parseRdapAutnum(json: unknown): RdapAutnum {
  const r = autnum.safeParse(json);
  if (!r.success) throw new RdapShapeError(`not an RDAP autnum: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const a = r.data;
  return {
    rir: rirOfPort43(a.port43), handle: a.handle, start: a.startAutnum, end: a.endAutnum ?? a.startAutnum, name: a.name, country: a.country?.toUpperCase(),
    holder: rdapHolder(a.entities, a.remarks), abuseEmails: findAbuseEmails(a.entities),
  };
}
