// One node's facts and the evidence behind each (schema: entity, evidence).
import { requestGraphQL } from './graphql.ts';

export interface GraphNode {
  id: string;
  label: string;
  key: string;
  name: string | null;
  country: string | null;
}

export interface Evidence {
  id: string;
  source: string;
  server: string;
  serverAddress: string;
  query: string;
  observedAt: string;
  status: string;
  error: string | null;
  sha256: string;
  byteLength: number;
  rawText: string | null;
  rawTextTruncated: boolean;
  rawPath: string | null;
}

/** An edge touching the node; sourceId and targetId are GraphNode ids ("label:key"). */
export interface Fact {
  id: string;
  type: string;
  displayName: string;
  sourceId: string;
  targetId: string;
  source: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  endedAt: string | null;
  evidenceId: string | null;
}

export interface Entity {
  node: GraphNode;
  properties: { name: string; value: string }[];
  facts: Fact[];
}

export async function fetchEntity(label: string, key: string): Promise<Entity | null> {
  const q = `query($l: String!, $k: String!) { entity(label: $l, key: $k) { node { id label key name country } properties { name value }
    facts(limit: 200) { id type displayName sourceId targetId source firstSeen lastSeen endedAt evidenceId } } }`;
  return (await requestGraphQL<{ entity: Entity | null }>(q, { l: label, k: key })).entity;
}

export async function fetchEvidence(id: string): Promise<Evidence | null> {
  const q = 'query($id: ID!) { evidence(id: $id) { id source server serverAddress query observedAt status error sha256 byteLength rawText rawTextTruncated rawPath } }';
  return (await requestGraphQL<{ evidence: Evidence | null }>(q, { id })).evidence;
}
