// Entities (RFC 9083 §5.1) with their jCard (RFC 7095): who holds a resource and who takes abuse
// reports. Real answers nest contacts (ARIN: registrant → abuse; registrars: registrar → abuse)
// and some omit roles altogether (AFRINIC 2015), so the walk is recursive and lenient.
import { z } from 'zod';

export const rdapEntity: z.ZodType<RdapEntity> = z.lazy(() =>
  z.object({
    handle: z.string().optional(),
    roles: z.array(z.string()).optional(),
    vcardArray: z.tuple([z.literal('vcard'), z.array(z.array(z.unknown()))]).optional().catch(undefined),
    entities: z.array(rdapEntity).optional(),
    publicIds: z.array(z.object({ type: z.string(), identifier: z.string() })).optional(),
  }),
);

export interface RdapEntity {
  handle?: string | undefined;
  roles?: string[] | undefined;
  vcardArray?: ['vcard', unknown[][]] | undefined;
  entities?: RdapEntity[] | undefined;
  publicIds?: { type: string; identifier: string }[] | undefined;
}

function vcardValues(e: RdapEntity, prop: string): unknown[] {
  return (e.vcardArray?.[1] ?? []).filter((p) => p[0] === prop).map((p) => p[3]);
}

export function vcardText(e: RdapEntity, prop: 'fn' | 'org' | 'kind'): string | undefined {
  const v = vcardValues(e, prop)[0];
  const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : typeof v === 'string' ? v : undefined;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

export function vcardEmails(e: RdapEntity): string[] {
  return vcardValues(e, 'email').filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase());
}

/** Country from a structured adr (last element) or the ISO code in its label, when given. */
export function vcardCountry(e: RdapEntity): string | undefined {
  for (const p of e.vcardArray?.[1] ?? []) {
    if (p[0] !== 'adr') continue;
    const params = p[1] as { cc?: string } | undefined;
    if (typeof params?.cc === 'string') return params.cc.toUpperCase();
    const v = p[3];
    const last = Array.isArray(v) ? v[v.length - 1] : undefined;
    if (typeof last === 'string' && /^[A-Za-z]{2}$/.test(last.trim())) return last.trim().toUpperCase();
  }
  return undefined;
}

/** Every entity, nested ones included, with the roles it has. */
export function* walkEntities(entities: RdapEntity[] | undefined): Generator<RdapEntity> {
  for (const e of entities ?? []) {
    yield e;
    yield* walkEntities(e.entities);
  }
}

// RIPE lists the maintainer as a "registrant" entity; a mntner is not the holder.
const isMaintainer = (e: RdapEntity) => /-MNT$/i.test(e.handle ?? '') || vcardText(e, 'kind') === 'group' && /MNT|maint/i.test(e.handle ?? '');

export function findHolder(entities: RdapEntity[] | undefined): RdapEntity | undefined {
  const all = [...walkEntities(entities)];
  return (
    all.find((e) => e.roles?.includes('registrant') && !isMaintainer(e)) ??
    // AFRINIC 2015 omits roles: take the org-kind entity.
    all.find((e) => (e.roles === undefined || e.roles.length === 0) && vcardText(e, 'kind') === 'org')
  );
}

export function findAbuseEmails(entities: RdapEntity[] | undefined): string[] {
  const emails = [...walkEntities(entities)].filter((e) => e.roles?.includes('abuse')).flatMap(vcardEmails);
  return [...new Set(emails)];
}

export function findMaintainers(entities: RdapEntity[] | undefined): string[] {
  return [...walkEntities(entities)].filter(isMaintainer).map((e) => e.handle!).filter(Boolean);
}
