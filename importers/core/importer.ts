// The one shape every source has (STYLE.md): fetch (network or file, bytes as received) → keep
// the raw evidence → parse (pure) → upsert facts with provenance, ending facts in scope that were
// not seen again.
import type { SourceIo } from './source-io.ts';
import type { DomainRegistration } from '../registry/domain-registration.ts';
import type { RegistryNetwork } from '../registry/registry-network.ts';

/** `smtp`: not a lookup but the authority's own message, an order sent by e-mail as it left and the mail server's answer. */
export type SourceName = 'dns' | 'whois' | 'rdap' | 'ripe-db' | 'rir-delegated' | 'caida' | 'cloud-ranges' | 'notices' | 'user' | 'smtp';

/** What one query to one source returned, as bytes, with where and when. */
export interface RawEvidence {
  source: SourceName;
  /** Server name as the protocol names it (e.g. whois.ripe.net, the resolver's host). */
  server: string;
  /** Address actually contacted, host:port (from the configured server map). */
  serverAddress: string;
  /** The query as sent: DNS question, WHOIS query line, RDAP URL, file name. */
  query: string;
  observedAt: Date;
  /** Raw bytes as received. Empty for a failure before any byte came. */
  body: Buffer;
  /** ok, or why the exchange failed (timeout, malformed, too large, …): failures are evidence too. */
  status: 'ok' | 'failed';
  error?: string | undefined;
  /** Transport and parser details worth keeping (e.g. udp/tcp, TC retry, rcode, HTTP status). */
  meta?: Record<string, string | number | boolean> | undefined;
}

export interface NodeRef {
  label: string;
  key: Record<string, string | number>;
}

export interface NodeFact extends NodeRef {
  kind: 'node';
  props?: Record<string, unknown>;
}

export interface RelFact {
  kind: 'rel';
  type: string;
  from: NodeRef;
  to: NodeRef;
  /** Identity of the edge beyond its ends (e.g. recordType 'A'); merged on. */
  key?: Record<string, string | number>;
  props?: Record<string, unknown>;
}

export type Fact = NodeFact | RelFact;

/**
 * What an answer is authoritative for: relationships of `rel` from `from` (optionally only those
 * whose key matches `where`) from the same source. Those not seen in this answer are ended.
 */
export interface Scope {
  from: NodeRef;
  rel: string;
  where?: Record<string, string | number>;
}

export interface Observation {
  facts: Fact[];
  scope: Scope[];
  /**
   * The parsed record behind the facts, for a caller that plans its next query from it (the RDAP
   * walk reads the up link, the domain step the related link): parsed once, never again.
   */
  subject?: ObservationSubject | undefined;
}

export type ObservationSubject =
  | { kind: 'network'; network: RegistryNetwork & { upLink?: string | undefined } }
  | { kind: 'domain'; domain: DomainRegistration & { relatedLinks?: string[] } };

export interface Importer<Q> {
  readonly source: SourceName;
  fetch(query: Q, io: SourceIo): Promise<RawEvidence>;
  parse(raw: RawEvidence): Iterable<Observation>;
  /**
   * Sources whose servers ration answers (WHOIS) name the server and query line a question
   * becomes, and how long an answer stays fresh: a fresh stored answer is reused, not asked again.
   */
  cache?(query: Q, io: SourceIo): { server: string; query: string; freshnessMs: number } | undefined;
}
