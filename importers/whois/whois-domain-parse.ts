// Domain WHOIS text to a DomainRegistration, over the fields of whois-text-fields.ts. The names a
// registry gives its fields vary (registrar: "Registrar", "Sponsoring Registrar", "Registrar Name",
// "registrar_name", "Authorized Agency", "Current Registar", "Registration Service Provider", or the
// Name/Organization under a "Registrar" heading); the lists below are those of the registries in
// the corpus test (test/unit/importers/whois/whois-domain-corpus.test.ts). Values are cleaned of
// labels, URLs in brackets and handles: a registrar named only by a handle ("ACTI-0024") takes the
// name the answer gives beside it.
import type { DomainRegistration } from '../registry/domain-registration.ts';
import { statesOfRecord } from '../registry/domain-states.ts';
import { judgeNoRecordAnswer, type NoRecordAnswer } from './whois-domain-answer.ts';
import { readWhoisFields, type WhoisField } from './whois-text-fields.ts';
import { nameServersOf, registrarOf, statusWordsOf } from './whois-domain-fields.ts';

export { readWhoisFields } from './whois-text-fields.ts';

/** A parsed answer and what kind of answer it was. */
export interface WhoisDomainAnswer extends DomainRegistration {
  answer: 'record' | NoRecordAnswer['kind'];
  /** The server's own line for a free, reserved or refused answer. */
  answerLine?: string | undefined;
}

const DOMAIN_KEYS = ['domain name', 'domain', 'domain_name', '도메인이름'];
const value = (fs: WhoisField[], ...keys: string[]) => {
  for (const k of keys) {
    const f = fs.find((x) => x.key === k && (x.value !== '' || x.block.length > 0));
    if (f) return f.value !== '' ? f.value : f.block[0];
  }
  return undefined;
};

/**
 * RPSL-style answers (.at, .ua, .ru, .ir) put the domain object first and contact objects after it,
 * each ending in "source:"; only the domain object speaks about the domain.
 */
function domainObject(fs: WhoisField[]): WhoisField[] {
  const end = fs.findIndex((f) => f.key === 'source');
  return end === -1 || !fs.slice(end + 1).some((f) => f.key !== 'source') ? fs : fs.slice(0, end + 1);
}

export function parseWhoisDomain(domain: string, text: string): WhoisDomainAnswer {
  const all = readWhoisFields(text);
  const fs = domainObject(all);
  const registrar = registrarOf(fs, all);
  // AFNIC lists the name servers in an object of their own after the domain object.
  const own = nameServersOf(fs, domain);
  const nameservers = own.length > 0 ? own : nameServersOf(all, domain);
  const status = statusWordsOf(fs);
  const reseller = value(fs, 'reseller');
  // "Status: free" (DENIC), "Status: AVAILABLE" (EURid), "Domain Status: No Object Found" (CoCCA):
  // a status line may itself say the name is free, so status alone does not make a record.
  const judged: NoRecordAnswer | undefined = registrar !== undefined || nameservers.length > 0 ? undefined : judgeNoRecordAnswer(text);
  const recordByStatus = judged?.kind !== 'free' && status.length > 0 && value(fs, ...DOMAIN_KEYS) !== undefined;
  const verdict = recordByStatus ? undefined : judged;
  const free = verdict?.kind === 'free';
  const quarantine = /quarantine/i.test(status.join(' '));
  return {
    domain,
    answer: verdict?.kind ?? 'record',
    answerLine: verdict?.line,
    available: free,
    states: free ? ['free'] : verdict?.kind === 'reserved' ? ['reserved'] : verdict === undefined ? statesOfRecord(status) : [],
    stateUntil: value(fs, 'date out of quarantine', 'out of quarantine', 'quarantine end date'),
    status: free ? [] : status,
    registrar: registrar === undefined ? undefined : { ...registrar, lastRegistrarOnly: registrar.lastRegistrarOnly || quarantine || undefined },
    reseller: reseller && !/^\s*$/.test(reseller) ? { name: reseller } : undefined,
    registrant: ((org, country) => (org || country ? { organization: org, country: country?.toUpperCase() } : undefined))(
      value(fs, 'registrant organization', 'registrant organisation', 'org'),
      value(fs, 'registrant country'),
    ),
    nameservers,
    created: value(fs, 'creation date', 'created', 'registered on', 'date registered', 'registered', 'registration date', 'registration time', 'created on', 'registered date', 'domain registered', 'record created on', 'first registration date'),
    updated: value(fs, 'updated date', 'changed', 'last updated', 'last modified', 'last update', 'modified', 'record last updated'),
    expires: value(fs, 'registry expiry date', 'registrar registration expiration date', 'expiry date', 'expires', 'paid-till', 'expire date', 'expiration date', 'expiration time', 'expires on', 'renewal date', 'record will expire on', 'valid until'),
  };
}
