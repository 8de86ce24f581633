// Parses one DNS answer (the raw wire bytes of the evidence) into facts. Pure: the same bytes give
// the same facts, so an evidence pack can be re-derived months later.
import dnsPacket, { type Answer, type RecordType, type StringAnswer } from 'dns-packet';
import type { Fact, Observation, RawEvidence, Scope } from '../core/importer.ts';
import { addressOfReverseName, canonicalIp, canonicalName } from './dns-names.ts';
import { DNS_STATES, dnsStateRef, domainRef, hostnameFacts, hostnameRef, ipFacts, ipRef, type DnsStateName } from './dns-facts.ts';

export function* parseDnsEvidence(raw: RawEvidence): Iterable<Observation> {
  const { name, type } = parseQuestionText(raw.query);
  if (raw.status !== 'ok') {
    // A failed exchange says nothing about the name: its state is written, nothing is ended.
    yield { facts: [...subjectFacts(name, type), ...stateFacts(name, type, failedState(raw))], scope: [] };
    return;
  }
  const packet = dnsPacket.decode(raw.body);
  const rcode = (packet.flags ?? 0) & 0xf;
  if (rcode === 3) {
    yield { facts: [...subjectFacts(name, type), ...stateFacts(name, type, 'NXDOMAIN')], scope: [...scopesFor(name, type), ...stateScope(name, type)] };
    return;
  }
  if (rcode !== 0) {
    yield { facts: [...subjectFacts(name, type), ...stateFacts(name, type, rcode === 5 ? 'REFUSED' : rcode === 2 ? 'SERVFAIL' : 'FAILED')], scope: [] };
    return;
  }
  yield answerObservation(name, type, packet.answers ?? []);
}

/** The state a failed exchange stands for: the rcode the server gave, else timeout or failure. */
function failedState(raw: RawEvidence): DnsStateName {
  const rcode = String(raw.meta?.rcode ?? '');
  return (DNS_STATES as readonly string[]).includes(rcode) ? (rcode as DnsStateName) : 'FAILED';
}

/** Questions about a host name's own records (A, AAAA, …) carry its state; NS/SOA/PTR/TXT are about other subjects. */
const hasHostState = (type: RecordType) => !['NS', 'SOA', 'PTR', 'TXT'].includes(type);

function stateFacts(name: string, type: RecordType, state: DnsStateName): Fact[] {
  if (!hasHostState(type)) return [];
  return [{ kind: 'node', ...dnsStateRef(state) }, { kind: 'rel', type: 'DNS_STATE', from: hostnameRef(name), to: dnsStateRef(state), key: { recordType: type } }];
}

/** An ok answer (records, NODATA or NXDOMAIN) is authoritative for the name's state of that record type. */
function stateScope(name: string, type: RecordType): Scope[] {
  return hasHostState(type) ? [{ from: hostnameRef(name), rel: 'DNS_STATE', where: { recordType: type } }] : [];
}

function parseQuestionText(query: string): { name: string; type: RecordType } {
  const m = /^(\S+?)\.? IN ([A-Z0-9]+)$/.exec(query);
  if (!m) throw new Error(`not a DNS question: ${query}`);
  return { name: canonicalName(m[1]!), type: m[2] as RecordType };
}

function subjectFacts(name: string, type: RecordType): Fact[] {
  if (type === 'PTR') {
    const ip = addressOfReverseName(name);
    return ip === undefined ? [] : ipFacts(ip);
  }
  if (type === 'NS' || type === 'SOA') return [{ kind: 'node', ...domainRef(name) }];
  return hostnameFacts(name);
}

/** What an answer to (name, type) is authoritative for. */
function scopesFor(name: string, type: RecordType, chain: string[] = [name]): Scope[] {
  if (type === 'A' || type === 'AAAA') {
    return chain.flatMap((n) => [
      { from: hostnameRef(n), rel: 'ALIAS_OF' },
      { from: hostnameRef(n), rel: 'RESOLVES_TO', where: { recordType: type } },
    ]);
  }
  if (type === 'NS') return [{ from: domainRef(name), rel: 'DELEGATED_TO' }];
  if (type === 'PTR') {
    const ip = addressOfReverseName(name);
    return ip === undefined ? [] : [{ from: ipRef(ip), rel: 'PTR' }];
  }
  return [];
}

function answerObservation(name: string, type: RecordType, answers: Answer[]): Observation {
  const facts: Fact[] = [...subjectFacts(name, type)];
  const chain = followCnames(name, answers, facts);
  const final = chain[chain.length - 1]!;
  let records = 0;
  for (const a of answers) {
    if (canonicalName(a.name) !== final || a.type !== type) continue;
    records += 1;
    facts.push(...recordFacts(final, a));
  }
  // NOERROR without a record of the asked type (RFC 2308 §2.2, "NODATA"): the name exists, no address.
  if (records === 0) facts.push(...stateFacts(name, type, 'NODATA'));
  return { facts, scope: [...scopesFor(name, type, chain), ...stateScope(name, type)] };
}

/** Walks the CNAME chain from `name` in answer order, bounded against loops. Returns every name on it. */
function followCnames(name: string, answers: Answer[], facts: Fact[]): string[] {
  const chain = [name];
  for (let hops = 0; hops < 16; hops += 1) {
    const current = chain[chain.length - 1]!;
    const cname = answers.find((a): a is StringAnswer => a.type === 'CNAME' && canonicalName(a.name) === current);
    if (cname === undefined) break;
    const target = canonicalName(cname.data);
    if (chain.includes(target)) break;
    facts.push(...hostnameFacts(target), { kind: 'rel', type: 'ALIAS_OF', from: hostnameRef(current), to: hostnameRef(target), props: { ttl: cname.ttl ?? null } });
    chain.push(target);
  }
  return chain;
}

function recordFacts(owner: string, a: Answer): Fact[] {
  const ttl = 'ttl' in a ? (a.ttl ?? null) : null;
  switch (a.type) {
    case 'A':
    case 'AAAA': {
      const ip = canonicalIp(a.data);
      return [...ipFacts(ip), { kind: 'rel', type: 'RESOLVES_TO', from: hostnameRef(owner), to: ipRef(ip), key: { recordType: a.type }, props: { ttl } }];
    }
    case 'NS': {
      const ns = canonicalName(a.data);
      return [...hostnameFacts(ns), { kind: 'rel', type: 'DELEGATED_TO', from: domainRef(owner), to: hostnameRef(ns), props: { ttl } }];
    }
    case 'SOA':
      return [{ kind: 'node', ...domainRef(owner), props: { soaPrimaryNs: canonicalName(a.data.mname), soaResponsible: canonicalName(a.data.rname), soaSerial: a.data.serial } }];
    case 'PTR': {
      const ip = addressOfReverseName(owner);
      const target = canonicalName(a.data);
      return ip === undefined ? [] : [...hostnameFacts(target), { kind: 'rel', type: 'PTR', from: ipRef(ip), to: hostnameRef(target), props: { ttl } }];
    }
    default:
      return [];
  }
}
