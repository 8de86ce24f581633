// The national registries under APNIC answer in their own layouts, not RPSL, and name the holder
// only as text. JPNIC (whois.nic.ad.jp, also through its web gateway): "a. [Network Number] …",
// "g. [Organization] …" (Japanese output adds "[組織名]"). KRNIC (whois.kisa.or.kr): a Korean and an
// English part, each a "[ Network Information ]" block per level ("IPv4 Address : a - b (/12)",
// "Organization Name : …"), the allocation first and "More specific assignment" after it.
import { parseRangeText, type HolderNameSource, type RegistryNetwork } from '../registry/registry-network.ts';

export type NirKind = 'JPNIC' | 'KRNIC';

/** Which NIR layout a text is in, if any. */
export function nirKindOf(text: string): NirKind | undefined {
  if (/\[(?:Network Number|ネットワーク番号)\]/.test(text)) return 'JPNIC';
  if (/\[\s*(?:Network Information|네트워크 할당 정보)\s*\]/.test(text) && /IPv[46]\s*(?:Address|주소)\s*:/.test(text)) return 'KRNIC';
  return undefined;
}

/** The gateways wrap the text in HTML; scripts and tags go, entities are decoded. */
function plainText(text: string): string {
  return text
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\r/g, '');
}

export function parseNirAnswer(text: string, kind: NirKind): RegistryNetwork[] {
  const plain = plainText(text);
  return kind === 'JPNIC' ? parseJpnic(plain) : parseKrnic(plain);
}

function network(range: string, o: { name?: string | undefined; status?: string | undefined; holder?: string | undefined; nameFrom: HolderNameSource }): RegistryNetwork | undefined {
  let r;
  try {
    r = parseRangeText(range.replace(/\s*\([^)]*\)\s*$/, ''));
  } catch {
    return undefined;
  }
  return {
    rir: 'APNIC', handle: `${r.start} - ${r.end}`, ...r, name: o.name, status: o.status?.toUpperCase(), country: undefined, parentHandle: undefined,
    holder: o.holder === undefined ? undefined : { name: o.holder, nameFrom: o.nameFrom }, abuseEmails: [], originAsns: [], maintainers: [],
  };
}

/** "g. [Organization]   Osaka University" → value per bracketed label, first occurrence (the block itself, not the lists below it). */
function jpnicFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  // "Less Specific Info." and "More Specific Info." list other blocks in a table: not this block.
  const own = text.split(/\n(?:Less|More) Specific Info\./)[0]!;
  for (const line of own.split('\n')) {
    const m = /^(?:[a-z]\.\s*)?\[([^\]]+)\]\s*(.*)$/.exec(line.trim());
    if (m && !fields.has(m[1]!.trim())) fields.set(m[1]!.trim(), m[2]!.trim());
  }
  return fields;
}

function parseJpnic(text: string): RegistryNetwork[] {
  const f = jpnicFields(text);
  const range = f.get('Network Number') ?? f.get('ネットワーク番号');
  if (!range) return [];
  // The English name first: the /e and the Japanese output then give the same party key.
  const english = f.get('Organization') || undefined;
  const holder = english ?? (f.get('組織名') || undefined);
  const net = network(range, { name: f.get('Network Name') ?? f.get('ネットワーク名'), holder, nameFrom: 'jpnic-organization' });
  return net === undefined ? [] : [net];
}

function parseKrnic(text: string): RegistryNetwork[] {
  // The English part when there is one (the Korean one repeats it in Korean).
  const english = text.split(/^#\s*ENGLISH\s*$/m)[1];
  const part = english ?? text;
  const blocks = part.split(/\[\s*(?:Network Information|네트워크 할당 정보)\s*\]/).slice(1);
  return blocks.flatMap((b) => {
    const f = new Map<string, string>();
    for (const line of b.split('\n')) {
      const m = /^([^:]+?)\s*:\s*(.*)$/.exec(line.trim());
      if (m && !f.has(m[1]!)) f.set(m[1]!, m[2]!.trim());
    }
    const range = f.get('IPv4 Address') ?? f.get('IPv6 Address') ?? f.get('IPv4주소') ?? f.get('IPv6주소');
    if (!range) return [];
    const holder = (f.get('Organization Name') ?? f.get('기관명')) || undefined;
    const net = network(range, { name: f.get('Service Name') ?? f.get('서비스명'), status: f.get('Network Type') ?? f.get('네트워크 구분'), holder, nameFrom: 'krnic-organization-name' });
    return net === undefined ? [] : [net];
  });
}
