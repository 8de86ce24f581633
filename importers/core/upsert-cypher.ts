// The fact-writing Cypher, generated per label / relationship shape. The only place facts are
// written (STYLE.md). Labels, types and key names cannot be parameters in Cypher, so they are
// checked before they are spliced in: a label or type must be one the model declares
// (schema/model-*.ts), a property name a plain identifier; every value is a parameter.
import { NODES } from '../../schema/model-nodes.ts';
import { RELS } from '../../schema/model-rels.ts';

const LABEL = /^[A-Z][A-Za-z]*$/;
const REL_TYPE = /^[A-Z][A-Z_]*$/;
const PROP = /^[a-z][A-Za-z0-9]*$/;

const MODEL_LABELS: ReadonlySet<string> = new Set(NODES.map((n) => n.label));
const MODEL_TYPES: ReadonlySet<string> = new Set(RELS.map((r) => r.type));

export function checkIdentifier(kind: 'label' | 'type' | 'property', name: string): string {
  const ok = kind === 'label' ? LABEL.test(name) : kind === 'type' ? REL_TYPE.test(name) : PROP.test(name);
  if (!ok) throw new Error(`invalid ${kind} name for Cypher: ${JSON.stringify(name)}`);
  // A fact under a label or type the model does not declare would be a graph nobody documented.
  if (kind === 'label' && !MODEL_LABELS.has(name)) throw new Error(`label ${name} is not in the graph model (schema/model-nodes.ts)`);
  if (kind === 'type' && !MODEL_TYPES.has(name)) throw new Error(`relationship type ${name} is not in the graph model (schema/model-rels.ts)`);
  return name;
}

const keyMap = (keys: string[], from: string) => `{${keys.map((k) => `${checkIdentifier('property', k)}: ${from}.${k}`).join(', ')}}`;

// Keeps the raw answer first: evidence exists even when parsing it later fails.
export const SAVE_EVIDENCE = `
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
ON CREATE SET e += row, e.observedAt = datetime(row.observedAt), e.savedAt = datetime($savedAt)
RETURN e.id AS id`;

/**
 * Upserts nodes of one label keyed by `keys`; sets firstSeen once, lastSeen every time, and links
 * the evidence to every node it names (so a node's evidence list includes failed lookups). Each
 * row carries its own evidence id and time, so one statement serves many answers. Bulk runs do
 * not link: one file names millions of nodes, and each keeps the run in lastEvidenceId.
 */
export function mergeNodesCypher(label: string, keys: string[], opts: { linkEvidence?: boolean } = {}): string {
  const merge = `
UNWIND $rows AS row
MERGE (n:${checkIdentifier('label', label)} ${keyMap(keys, 'row.key')})
ON CREATE SET n.firstSeen = datetime(row.observedAt)${keepHistoryCypher(label)}
SET n += row.props, n.lastSeen = datetime(row.observedAt), n.lastEvidenceId = row.evidenceId`;
  if (opts.linkEvidence === false) return merge;
  return `${merge}
WITH n, row
MATCH (e:Evidence {id: row.evidenceId})
MERGE (e)-[:ABOUT]->(n)`;
}

const HISTORY: ReadonlyMap<string, string[]> = new Map(NODES.flatMap((n) => (n.keepHistory === undefined ? [] : [[n.label, n.keepHistory]])));

/** For labels whose model keeps history: a value a row restates differently is kept in n.history before it is overwritten. */
function keepHistoryCypher(label: string): string {
  const props = HISTORY.get(label);
  if (props === undefined) return '';
  const list = props.map((p) => `'${checkIdentifier('property', p)}'`).join(', ');
  return `
WITH n, row, [k IN [${list}] WHERE n[k] IS NOT NULL AND row.props[k] IS NOT NULL AND n[k] <> row.props[k] |
  k + ' was ' + toString(n[k]) + ' (evidence ' + coalesce(n.lastEvidenceId, '?') + '), restated ' + row.observedAt + ' (evidence ' + row.evidenceId + ')'] AS changed
SET n.history = coalesce(n.history, []) + changed`;
}

/**
 * Upserts relationship facts. An edge is one interval of one source's observation: `open` edges
 * are extended; a fact that was ended and comes back gets a new edge, so the gap stays visible.
 */
export function mergeRelsCypher(shape: { type: string; fromLabel: string; fromKeys: string[]; toLabel: string; toKeys: string[]; relKeys: string[] }): string {
  const relKey = shape.relKeys.map((k) => `, ${checkIdentifier('property', k)}: row.key.${k}`).join('');
  return `
UNWIND $rows AS row
MATCH (a:${checkIdentifier('label', shape.fromLabel)} ${keyMap(shape.fromKeys, 'row.from')})
MATCH (b:${checkIdentifier('label', shape.toLabel)} ${keyMap(shape.toKeys, 'row.to')})
MERGE (a)-[r:${checkIdentifier('type', shape.type)} {source: row.source, open: true${relKey}}]->(b)
ON CREATE SET r.firstSeen = datetime(row.observedAt), r.firstEvidenceId = row.evidenceId
SET r += row.props, r.lastSeen = datetime(row.observedAt), r.evidenceId = row.evidenceId`;
}

/** Ends the open edges in scope that this evidence did not confirm ("end, don't delete"). */
export function endStaleCypher(shape: { fromLabel: string; fromKeys: string[]; type: string }): string {
  return `
UNWIND $scopes AS s
MATCH (a:${checkIdentifier('label', shape.fromLabel)} ${keyMap(shape.fromKeys, 's.from')})-[r:${checkIdentifier('type', shape.type)} {source: s.source, open: true}]->()
WHERE r.evidenceId <> s.evidenceId AND all(k IN keys(s.where) WHERE r[k] = s.where[k])
SET r.open = false, r.endedAt = datetime(s.observedAt), r.endedByEvidenceId = s.evidenceId
RETURN count(r) AS ended`;
}
