// Domain WHOIS text in its two families: the RAA-2013 key/value layout of gTLD registries and
// registrars ("Registrar: …", "Registrar Abuse Contact Email: …", "Name Server: …") and the
// sectioned layout of ccTLDs such as .nl ("Registrar:" then indented lines; "Reseller:" block).
import type { DomainRegistration } from '../registry/domain-registration.ts';

interface Field {
  key: string;
  value: string;
  block: string[];
  indent: number;
}

/** Lines as key/value fields; a key with an empty value takes the lines indented deeper under it. */
export function readFields(text: string): Field[] {
  const fields: Field[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(%|#|>>>)/.test(raw) || raw.trim() === '') continue;
    const indent = raw.length - raw.trimStart().length;
    const last = fields[fields.length - 1];
    if (last !== undefined && last.value === '' && indent > last.indent) {
      last.block.push(raw.trim());
      continue;
    }
    const m = /^\s*([A-Za-z][A-Za-z0-9 /()_.-]*?)\s*:\s*(.*)$/.exec(raw);
    if (m) fields.push({ key: m[1]!.toLowerCase(), value: m[2]!.trim(), block: [], indent });
  }
  return fields;
}

const first = (fs: Field[], ...keys: string[]) => {
  for (const k of keys) {
    const f = fs.find((x) => x.key === k && (x.value !== '' || x.block.length > 0));
    if (f) return f;
  }
  return undefined;
};
const textOf = (f: Field | undefined) => (f === undefined ? undefined : f.value !== '' ? f.value : f.block[0]);
const all = (fs: Field[], ...keys: string[]) => fs.filter((f) => keys.includes(f.key)).flatMap((f) => (f.value !== '' ? [f.value] : f.block));

const FREE = /(is free|no match for|not found|status:\s*(available|free))/i;

export function parseWhoisDomain(domain: string, text: string): DomainRegistration {
  const fs = readFields(text);
  const registrarName = textOf(first(fs, 'registrar', 'sponsoring registrar', 'registrar name', 'registrar organization'));
  return {
    domain,
    available: FREE.test(text) && registrarName === undefined,
    status: all(fs, 'status', 'domain status', 'state').map((s) => s.split(/\s+https?:/)[0]!.trim()),
    registrar:
      registrarName === undefined
        ? undefined
        : {
            name: registrarName,
            ianaId: textOf(first(fs, 'registrar iana id')),
            abuseEmail: textOf(first(fs, 'registrar abuse contact email', 'abuse contact'))?.toLowerCase(),
            whoisServer: textOf(first(fs, 'registrar whois server'))?.toLowerCase(),
            url: textOf(first(fs, 'registrar url')),
          },
    reseller: ((r) => (r ? { name: r } : undefined))(textOf(first(fs, 'reseller'))),
    registrant: ((org, country) => (org || country ? { organization: org, country: country?.toUpperCase() } : undefined))(
      textOf(first(fs, 'registrant organization', 'registrant organisation', 'org')),
      textOf(first(fs, 'registrant country')),
    ),
    nameservers: [...new Set(all(fs, 'name server', 'nserver', 'domain nameservers', 'nameservers', 'name servers').map((n) => n.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')).filter((n) => n.includes('.')))],
    created: textOf(first(fs, 'creation date', 'created', 'registered on', 'date registered')),
    updated: textOf(first(fs, 'updated date', 'changed', 'last updated', 'last modified')),
    expires: textOf(first(fs, 'registry expiry date', 'registrar registration expiration date', 'expiry date', 'expires', 'paid-till')),
  };
}
