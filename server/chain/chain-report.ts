// A chain read from the graph with the roles of its parties (infer-roles.ts) on every address:
// what the text and JSON output, the GraphQL API, the addressee rules and the evidence packs
// all read, so they cannot disagree about who is the hoster.
import type { UrlChain } from '../queries/chain.ts';
import { inferRoles, type HosterFinding, type RoledBlock } from './infer-roles.ts';

type Address = UrlChain['addresses'][number];

export interface ReportAddress extends Omit<Address, 'blocks'> {
  blocks: RoledBlock[];
  /** Who stores the material at this address, and on what basis; undefined when unknown. */
  hoster: HosterFinding | undefined;
}

export interface ChainReport extends Omit<UrlChain, 'addresses' | 'lastKnown'> {
  addresses: ReportAddress[];
  lastKnown: { endedAt: string; chain: ChainReport } | undefined;
}

export function withRoles(chain: UrlChain): ChainReport {
  return {
    ...chain,
    addresses: chain.addresses.map((a) => ({ ...a, ...inferRoles(a) })),
    lastKnown: chain.lastKnown === undefined ? undefined : { endedAt: chain.lastKnown.endedAt, chain: withRoles(chain.lastKnown.chain) },
  };
}

/**
 * The chain the rules and packs act on: the chain in force, or, when the name no longer resolves,
 * the last known one (an order then goes to the hoster of record, and says so).
 */
export function actionableChain(c: ChainReport): { chain: ChainReport; lastKnownEndedAt: string | undefined } {
  if (c.addresses.length === 0 && c.lastKnown !== undefined) return { chain: c.lastKnown.chain, lastKnownEndedAt: c.lastKnown.endedAt };
  return { chain: c, lastKnownEndedAt: undefined };
}
