// A DNS answer as `dig` prints it, for the evidence pack: the stored wire bytes decoded, so a
// reader sees the records, while the bytes themselves (base64) stay beside it for the SHA-256.
import dnsPacket, { type Answer } from 'dns-packet';

/** RFC 1035 section 4.1.1 and RFC 6895: the RCODE names dig prints. */
const RCODES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE'];
/** RFC 1035 section 4.1.1 header bits (and RFC 4035 AD, CD), in dig's order. */
const FLAGS: [string, number][] = [['qr', 0x8000], ['aa', 0x400], ['tc', 0x200], ['rd', 0x100], ['ra', 0x80], ['ad', 0x20], ['cd', 0x10]];

const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);

function rdata(a: Answer): string {
  const d = (a as { data?: unknown }).data;
  switch (a.type) {
    case 'CNAME': case 'NS': case 'PTR': case 'DNAME':
      return fqdn(String(d));
    case 'MX': {
      const mx = d as { preference: number; exchange: string };
      return `${mx.preference} ${fqdn(mx.exchange)}`;
    }
    case 'SOA': {
      const s = d as { mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number };
      return `${fqdn(s.mname)} ${fqdn(s.rname)} ${s.serial} ${s.refresh} ${s.retry} ${s.expire} ${s.minimum}`;
    }
    case 'TXT':
      return (Array.isArray(d) ? d : [d]).map((x) => JSON.stringify(Buffer.isBuffer(x) ? x.toString('utf8') : String(x))).join(' ');
    default:
      return Buffer.isBuffer(d) ? `\\# ${d.length} ${d.toString('hex')}` : typeof d === 'string' ? d : JSON.stringify(d);
  }
}

function section(title: string, answers: Answer[] | undefined): string[] {
  if (answers === undefined || answers.length === 0) return [];
  const rows = answers.filter((a) => a.type !== 'OPT').map((a) => `${fqdn(a.name)}\t${'ttl' in a ? a.ttl : ''}\t${'class' in a ? a.class : 'IN'}\t${a.type}\t${rdata(a)}`);
  return rows.length === 0 ? [] : ['', `;; ${title} SECTION:`, ...rows];
}

/** The answer's header, question and sections as dig prints them; a line saying so when the bytes are not a DNS message. */
export function digText(bytes: Buffer): string {
  let p: ReturnType<typeof dnsPacket.decode>;
  try {
    p = dnsPacket.decode(bytes);
  } catch (err) {
    return `;; not a DNS message: ${(err as Error).message}`;
  }
  // dns-packet gives the QR bit as `type` and the other header bits as `flags`.
  const flags = (p.flags ?? 0) | (p.type === 'response' ? 0x8000 : 0);
  const counts = `QUERY: ${p.questions?.length ?? 0}, ANSWER: ${p.answers?.length ?? 0}, AUTHORITY: ${p.authorities?.length ?? 0}, ADDITIONAL: ${p.additionals?.length ?? 0}`;
  return [
    `;; ->>HEADER<<- opcode: ${(p as { opcode?: string }).opcode ?? 'QUERY'}, status: ${RCODES[flags & 0xf] ?? `RCODE${flags & 0xf}`}, id: ${p.id ?? 0}`,
    `;; flags: ${FLAGS.filter(([, bit]) => (flags & bit) !== 0).map(([n]) => n).join(' ')}; ${counts}`,
    '', ';; QUESTION SECTION:', ...(p.questions ?? []).map((q) => `;${fqdn(q.name)}\t\t${q.class ?? 'IN'}\t${q.type}`),
    ...section('ANSWER', p.answers), ...section('AUTHORITY', p.authorities), ...section('ADDITIONAL', p.additionals),
  ].join('\n');
}
