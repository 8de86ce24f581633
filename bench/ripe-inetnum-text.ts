// One block of inetnum-layout.ts as the text of a RIPE split-file object (DATA-FORMATS.md §1.2).
// Attribute order follows RIPE's inetnum template (inetnum, netname, descr, country, org,
// sponsoring-org, admin-c, tech-c, abuse-c, status, remarks, mnt-by, mnt-lower, mnt-routes,
// created, last-modified, source); values start after 16 characters as in RIPE's current output
// (`last-modified:  `; the 2013 GRS excerpt in shared/recorded pads to 17). Names derive from the LIR and reseller
// numbers, so every block of one holder names the same org and maintainer. ASCII only.
import type { LayoutBlock } from './inetnum-layout.ts';

const VALUE_COLUMN = 16;

// DATA-FORMATS.md §1.2: the split files' header, and the remarks the dummifier appends after source.
export const SPLIT_FILE_HEADER = '#\n# The contents of this file are subject to\n# RIPE Database Terms and Conditions\n#\n# https://docs.db.ripe.net/terms-conditions.html\n#\n';
const MODIFIED = ['****************************', '* THIS OBJECT IS MODIFIED', '* Please note that all data that is generally regarded as personal', '* data has been removed from this object.', '* To view the original object, please query the RIPE Database at:', '* http://www.ripe.net/whois', '****************************'];

const COUNTRIES = ['DE', 'NL', 'GB', 'FR', 'RU', 'UA', 'SE', 'PL', 'IT', 'ES', 'CH', 'AT', 'CZ', 'RO', 'BG', 'TR', 'IR', 'SC', 'CY', 'LT'];
const SYLLABLES = ['net', 'host', 'tel', 'link', 'web', 'data', 'cloud', 'fiber', 'serv', 'star', 'nord', 'alp', 'ost', 'sky', 'byte', 'core'];

const ip = (n: number) => `${Math.floor(n / 2 ** 24)}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
/** A name stable for a holder number: two syllables and the number, e.g. HOSTNORD17. */
const holderName = (n: number, salt: number) => `${pick(SYLLABLES, n * 7 + salt)}${pick(SYLLABLES, Math.floor(n / 16) + salt)}${n}`.toUpperCase();
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const Y2000 = Date.UTC(2000, 0, 1);
const SPAN_MS = Date.UTC(2026, 0, 1) - Y2000;

class ObjectText {
  private text = '';
  attr(name: string, value: string, ...continuation: string[]): this {
    this.text += `${`${name}:`.padEnd(VALUE_COLUMN)}${value}\n`;
    // RFC 2622 continuation lines: leading white space, or "+" for an empty line inside the value.
    for (const line of continuation) this.text += line === '' ? '+\n' : `${' '.repeat(VALUE_COLUMN)}${line}\n`;
    return this;
  }
  toString(): string {
    return this.text;
  }
}

export function formatInetnum(b: LayoutBlock, rnd: () => number): string {
  const o = new ObjectText().attr('inetnum', `${ip(b.lo)} - ${ip(b.hi)}`);
  const created = Y2000 + Math.floor(rnd() * SPAN_MS);
  const stamp = { created: isoSeconds(created), modified: isoSeconds(created + Math.floor(rnd() * (Y2000 + SPAN_MS - created))) };
  const lir = holderName(Math.max(b.lir, 0), 0);
  const cc = pick(COUNTRIES, Math.max(b.lir, b.serial));
  switch (b.status) {
    case 'ALLOCATED UNSPECIFIED':
      o.attr('netname', `EU-ZZ-${b.lo / 2 ** 24}`).attr('descr', 'RIPE NCC address space').attr('country', 'EU # Country is really world wide').attr('org', 'ORG-NCC1-RIPE');
      dummies(o).attr('status', b.status).attr('mnt-by', 'RIPE-NCC-HM-MNT').attr('mnt-lower', 'RIPE-NCC-HM-MNT').attr('mnt-routes', 'RIPE-NCC-RPSL-MNT');
      break;
    case 'ALLOCATED PA':
      o.attr('netname', `${cc}-${lir}-${stamp.created.slice(0, 10).replaceAll('-', '')}`).attr('descr', `${lir} Ltd`).attr('country', cc).attr('org', `ORG-${lir.slice(0, 2)}${b.lir}-RIPE`);
      dummies(o);
      if (rnd() < 0.3) o.attr('abuse-c', `AR${b.lir}-RIPE`);
      o.attr('status', b.status).attr('mnt-by', 'RIPE-NCC-HM-MNT').attr('mnt-by', `${lir}-MNT`).attr('mnt-lower', `${lir}-MNT`);
      if (rnd() < 0.5) o.attr('mnt-routes', `${lir}-MNT`);
      break;
    case 'SUB-ALLOCATED PA': {
      const res = holderName(b.reseller, 5);
      o.attr('netname', `${res}-NET`).attr('descr', `${res} hosting`, ...(rnd() < 0.3 ? [`space rented from ${lir}`] : [])).attr('country', pick(COUNTRIES, b.reseller)).attr('org', `ORG-${res.slice(0, 2)}${b.reseller}-RIPE`);
      dummies(o).attr('status', b.status).attr('mnt-by', `${res}-MNT`).attr('mnt-by', `${lir}-MNT`).attr('mnt-lower', `${res}-MNT`);
      break;
    }
    case 'ASSIGNED PA':
      assignment(o, b, rnd, b.reseller >= 0 ? holderName(b.reseller, 5) : lir);
      break;
    default: // ASSIGNED PI, LEGACY: held straight from the RIR
      directHolder(o, b, holderName(b.serial, 3));
  }
  o.attr('created', stamp.created).attr('last-modified', stamp.modified).attr('source', 'RIPE');
  for (const line of MODIFIED) o.attr('remarks', line);
  return o.toString();
}

function dummies(o: ObjectText): ObjectText {
  return o.attr('admin-c', 'DUMY-RIPE').attr('tech-c', 'DUMY-RIPE');
}

function assignment(o: ObjectText, b: LayoutBlock, rnd: () => number, holder: string): void {
  const customer = holderName(b.serial, 9);
  o.attr('netname', `${holder}-${customer}`).attr('descr', `${customer} customer network`, ...(rnd() < 0.1 ? ['second line of the address'] : []));
  o.attr('country', pick(COUNTRIES, b.reseller >= 0 ? b.reseller : b.lir));
  dummies(o);
  if (rnd() < 0.1) o.attr('abuse-c', `AR${b.lir}-RIPE`);
  o.attr('status', b.status);
  if (rnd() < 0.05) o.attr('remarks', `abuse reports for ${ip(b.lo)}:`, '', 'see the abuse-c of the maintainer');
  o.attr('mnt-by', `${holder}-MNT`);
}

function directHolder(o: ObjectText, b: LayoutBlock, holder: string): void {
  o.attr('netname', `${holder}-NET`).attr('descr', `${holder} network`).attr('country', pick(COUNTRIES, b.serial)).attr('org', `ORG-${holder.slice(0, 2)}${b.serial}-RIPE`);
  if (b.status === 'ASSIGNED PI') o.attr('sponsoring-org', `ORG-SP${b.serial % 97}-RIPE`);
  dummies(o).attr('status', b.status);
  o.attr('mnt-by', b.status === 'LEGACY' ? 'RIPE-NCC-LEGACY-MNT' : 'RIPE-NCC-END-MNT').attr('mnt-by', `${holder}-MNT`);
}
