// An RDAP domain answer (RFC 9083 §5.3) to a DomainRegistration. The registrar is the entity with
// role "registrar" (.fr adds "sponsor"), identified by its IANA Registrar ID; its abuse contact is
// nested inside it (ICANN gTLD RDAP profile). A registry answer links to the registrar's own RDAP
// with rel "related", which holds the fuller data: the link is returned for the caller to follow.
import { z } from 'zod';
import type { DomainRegistration } from '../registry/domain-registration.ts';
import { findAbuseEmails, rdapEntity, vcardCountry, vcardText, walkEntities, type RdapEntity } from './rdap-entities.ts';
import { RdapShapeError } from './rdap-ip-network.ts';
import { statesOfRecord } from '../registry/domain-states.ts';

const rdapDomain = z.object({
  objectClassName: z.literal('domain').optional(),
  ldhName: z.string(),
  unicodeName: z.string().optional(),
  status: z.array(z.string()).optional(),
  entities: z.array(rdapEntity).optional(),
  nameservers: z.array(z.object({ ldhName: z.string().optional() })).optional(),
  events: z.array(z.object({ eventAction: z.string(), eventDate: z.string().optional() })).optional(),
  links: z.array(z.object({ rel: z.string().optional(), href: z.string().optional(), type: z.string().optional() })).optional(),
  port43: z.string().optional(),
});

const name = (s: string) => s.toLowerCase().replace(/\.$/, '');

export function parseRdapDomain(json: unknown): DomainRegistration & { relatedLinks: string[]; unicodeName: string | undefined } {
  const r = rdapDomain.safeParse(json);
  if (!r.success) throw new RdapShapeError(`not an RDAP domain: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const d = r.data;
  const entities = [...walkEntities(d.entities)];
  const registrar = entities.find((e) => e.roles?.includes('registrar'));
  const reseller = entities.find((e) => e.roles?.includes('reseller'));
  const registrant = entities.find((e) => e.roles?.includes('registrant'));
  const event = (action: string) => d.events?.find((e) => e.eventAction === action)?.eventDate;
  return {
    domain: name(d.ldhName),
    unicodeName: d.unicodeName,
    available: false,
    states: statesOfRecord(d.status ?? []),
    status: d.status ?? [],
    registrar: registrar === undefined ? undefined : registrarOf(registrar, d.port43),
    reseller: reseller && vcardText(reseller, 'fn') ? { name: vcardText(reseller, 'fn')! } : undefined,
    registrant: registrant === undefined ? undefined : { organization: vcardText(registrant, 'org') ?? vcardText(registrant, 'fn'), country: vcardCountry(registrant) },
    nameservers: [...new Set((d.nameservers ?? []).flatMap((n) => (n.ldhName ? [name(n.ldhName)] : [])))],
    created: event('registration'),
    updated: event('last changed'),
    expires: event('expiration'),
    relatedLinks: (d.links ?? []).filter((l) => l.rel === 'related' && l.href !== undefined && (l.type === undefined || l.type.includes('rdap'))).map((l) => l.href!),
  };
}

function registrarOf(e: RdapEntity, port43: string | undefined): NonNullable<DomainRegistration['registrar']> {
  return {
    name: vcardText(e, 'fn') ?? vcardText(e, 'org') ?? e.handle ?? 'unknown registrar',
    ianaId: e.publicIds?.find((p) => /iana registrar id/i.test(p.type))?.identifier ?? (/^\d+$/.test(e.handle ?? '') ? e.handle : undefined),
    abuseEmail: findAbuseEmails(e.entities)[0],
    whoisServer: port43?.toLowerCase(),
  };
}
