// Which fields of a domain WHOIS answer name the registrar, the name servers and the status, in the
// ways the registries of the corpus test write them (see whois-domain-parse.ts).
import type { RegistrarInfo } from '../registry/domain-registration.ts';
import type { WhoisField } from './whois-text-fields.ts';

const REGISTRAR_NAME_KEYS = ['registrar name', 'registrar_name', 'sponsoring registrar organization', 'registrar organization', 'registrar organisation', 'registration service provider', 'authorized agency', '등록대행자', 'current registar', 'current registrar'];
const REGISTRAR_KEYS = ['registrar', 'sponsoring registrar'];
const REGISTRAR_HEADINGS = ['registrar', 'last registrar', 'sponsoring registrar'];
const NAME_IN_SECTION = ['organization', 'organisation', 'org', 'name', 'registrar'];

// "NETPLANET GmbH ( https://nic.at/registrar/597 )", "Megazone(http://HOSTING.KR)",
// "MarkMonitor Inc. (http://www.markmonitor.com)": the bracketed address is not part of the name.
export function cleanName(v: string): string {
  return v.replace(/\(\s*(https?:\/\/|www\.)[^)]*\)/gi, '').replace(/^(name|organi[sz]ation)\s*:\s*/i, '').replace(/\s+/g, ' ').trim();
}

// A registry handle rather than a name: one token of letters and digits joined by - or .
// ("ACTI-0024", "MARK-0292", "ua.nic", "RU-CENTER-RU").
const HANDLE = /^[A-Za-z0-9]+([-.][A-Za-z0-9]+)+$/;

const text = (f: WhoisField | undefined) => (f === undefined ? undefined : f.value !== '' ? f.value : f.block[0]);
const has = (f: WhoisField) => f.value !== '' || f.block.length > 0;

/** The name a handle stands for: a Name/Organization right after a field with that handle. */
function nameForHandle(handle: string, all: WhoisField[]): string | undefined {
  for (let i = 0; i < all.length; i += 1) {
    if (all[i]!.value !== handle) continue;
    const near = all.slice(i + 1, i + 5).find((f) => ['name', 'organization', 'organisation'].includes(f.key) && f.value !== '');
    if (near !== undefined) return near.value;
  }
  return undefined;
}

export function registrarOf(fs: WhoisField[], all: WhoisField[]): RegistrarInfo & { lastRegistrarOnly?: boolean | undefined } | undefined {
  let name: string | undefined;
  let handle: string | undefined;
  let lastRegistrarOnly = false;
  const heading = fs.find((f) => REGISTRAR_HEADINGS.includes(f.key) && f.value === '');
  // RPSL-style answers (.ua) put the registrar in an object of its own after the domain's.
  const direct = [...REGISTRAR_NAME_KEYS, ...REGISTRAR_KEYS].map((k) => fs.find((f) => f.key === k && f.value !== '') ?? all.find((f) => f.key === k && f.value !== '')).find((f) => f !== undefined);
  if (direct !== undefined) name = direct.value;
  else if (heading !== undefined) {
    lastRegistrarOnly = heading.key === 'last registrar';
    const inSection = (k: string) => fs.find((f) => f.section === heading.key && f.key === k && f.value !== '');
    name = heading.block[0] ?? NAME_IN_SECTION.map(inSection).find((f) => f !== undefined)?.value;
    // .it: "Organization: MarkMonitor International Limited" beside "Name: MARKMONITOR-REG".
    const id = inSection('name')?.value;
    if (id !== undefined && id !== name && HANDLE.test(id)) handle = id;
  }
  if (name === undefined) return undefined;
  name = cleanName(name);
  if (HANDLE.test(name)) {
    const named = nameForHandle(name, all);
    if (named !== undefined) [handle, name] = [name, cleanName(named)];
  }
  if (name === '') return undefined;
  const v = (...keys: string[]) => text(keys.map((k) => fs.find((f) => f.key === k && has(f))).find((f) => f !== undefined));
  return {
    name,
    handle,
    ianaId: v('registrar iana id', 'sponsoring registrar iana id'),
    abuseEmail: v('registrar abuse contact email', 'abuse contact')?.toLowerCase(),
    whoisServer: v('registrar whois server')?.toLowerCase(),
    url: v('registrar url'),
    lastRegistrarOnly: lastRegistrarOnly || undefined,
  };
}

const NS_FIELD = /^(name ?servers?|nserver|nameservers?|domain name ?servers|domain nameservers|name servers information|domain servers in listed order|dns servers|primary server|secondary server|ns_name_\d+|nameserver in listed order)$/;
const NS_SECTION = /name ?servers?|nameserver|domain servers/;
const HOST_KEYS = ['hostname', 'host name', '호스트이름'];
const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/;

export function nameServersOf(fs: WhoisField[], domain: string): string[] {
  const values: string[] = [];
  for (const f of fs) {
    if (NS_FIELD.test(f.key) || (HOST_KEYS.includes(f.key) && NS_SECTION.test(f.section))) values.push(f.value, ...f.block);
    // .rs "DNS: ns1.paukhost.com - "; .dk's "DNS: google.dk" names the domain itself.
    else if (f.key === 'dns') values.push(f.value);
  }
  const hosts = values.map((v) => (v.split(/[\s[,]+/)[0] ?? '').toLowerCase().replace(/\.$/, '')).filter((h) => HOST.test(h) && h !== domain.toLowerCase());
  return [...new Set(hosts)];
}

const STATUS_KEYS = ['domain status', 'registration status', 'query_status', 'domain_status'];
// "status"/"state" also occur in contact sections (an address's state, a contact's status).
const PLAIN_STATUS_KEYS = ['status', 'state'];
const CONTACT_SECTION = /registrant|admin|tech|billing|holder|owner|contact|registrar|organi[sz]ation|address/;

/** "ok (paid and in zone)", "clientTransferProhibited https://icann.org/epp#…", "ok - Normal state.", "200 Active" → the word(s). */
function cleanStatus(s: string): string {
  return s.replace(/\([^)]*\)/g, '').replace(/https?:\/\/\S+/g, '').replace(/\s+-(\s.*)?$/, '').replace(/^\d{3}\s+/, '').replace(/[.\s]+$/, '').trim();
}

export function statusWordsOf(fs: WhoisField[]): string[] {
  const words: string[] = [];
  for (const f of fs) {
    if (STATUS_KEYS.includes(f.key) || (PLAIN_STATUS_KEYS.includes(f.key) && !CONTACT_SECTION.test(f.section))) words.push(f.value, ...f.block);
    // Dot TK: "Domain name:" then "GOOGLE.TK is Active".
    if ((f.key === 'domain name' || f.key === 'domain') && f.value === '') {
      const m = /^\S+\s+is\s+(\w+)$/i.exec(f.block[0] ?? '');
      if (m) words.push(m[1]!);
    }
  }
  return [...new Set(words.flatMap((w) => w.split(/,\s*/)).map(cleanStatus).filter((w) => w !== '' && !/^https?:/.test(w)))];
}
