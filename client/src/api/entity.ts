// One node's facts and the evidence behind each (schema: entity, evidence).
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// The parts of the schema's types (schema-types.ts, generated from the SDL) that the documents below ask for.
export type GraphNode = Pick<S.GraphNode, 'id' | 'label' | 'key' | 'name' | 'country'>;

export type Evidence = Pick<S.Evidence, 'id' | 'source' | 'server' | 'serverAddress' | 'query' | 'observedAt' | 'status' | 'error' | 'sha256' | 'byteLength' | 'rawText' | 'rawTextTruncated' | 'rawPath'>;

/** An edge touching the node; sourceId and targetId are GraphNode ids ("label:key"). */
export type Fact = Pick<S.GraphEdge, 'id' | 'type' | 'displayName' | 'sourceId' | 'targetId' | 'source' | 'firstSeen' | 'lastSeen' | 'endedAt' | 'evidenceId'>;

export interface Entity {
  node: GraphNode;
  properties: Pick<S.NodeProperty, 'name' | 'value'>[];
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
