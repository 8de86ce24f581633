// The holder of an RDAP object (ip network or autnum): the registrant entity's vCard name, else the
// RPSL descr the registry carries as a remark. Shared so a block and an AS of one holder get the
// same Organization key.
import { z } from 'zod';
import { firstDescrLine } from '../registry/holder-names.ts';
import type { HolderNameSource, RegistryParty } from '../registry/registry-network.ts';
import { findHolder, vcardCountry, vcardText, type RdapEntity } from './rdap-entities.ts';

export const rdapRemarks = z.array(z.object({ title: z.string().optional(), description: z.array(z.string()).optional() })).optional().catch(undefined);
export type RdapRemarks = z.infer<typeof rdapRemarks>;

/**
 * RPSL `descr:` as RDAP carries it: APNIC titles the remark "description", RIPE gives it first and
 * untitled. The holder's name for blocks without an organisation (issue 13).
 */
export function rdapDescr(remarks: RdapRemarks): string | undefined {
  const r = remarks?.find((x) => x.title === undefined || /^description$/i.test(x.title));
  return firstDescrLine(r?.description?.join('\n'));
}

export function rdapHolder(entities: RdapEntity[] | undefined, remarks: RdapRemarks): RegistryParty | undefined {
  const e = findHolder(entities);
  const descr = rdapDescr(remarks);
  if (e === undefined) return descr === undefined ? undefined : { name: descr, nameFrom: 'descr' };
  // AFRINIC's vCard fn is the org handle again: a handle is not a name.
  const fn = vcardText(e, 'fn');
  const org = vcardText(e, 'org');
  const named = (name: string | undefined, nameFrom: HolderNameSource) => ({ name, nameFrom: name === undefined ? undefined : nameFrom });
  const choice = fn !== undefined && fn !== e.handle ? named(fn, 'rdap-registrant-fn') : org !== undefined ? named(org, 'rdap-registrant-org') : descr !== undefined ? named(descr, 'descr') : named(fn, 'rdap-registrant-fn');
  return { handle: e.handle ?? fn, country: vcardCountry(e), kind: vcardText(e, 'kind'), ...choice };
}
