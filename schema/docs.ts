// schema/README.md, generated from the model (the cartography schema-docs habit): the docs
// cannot drift from the code because CI regenerates and compares them.
import { CHAIN_EDGES, DOMAIN_EDGES, FACT_EDGE_PROPS, FACT_NODE_PROPS, MODEL_NODES, MODEL_RELS, type PropDef } from './model.ts';

const esc = (s: string) => s.replace(/\|/g, '\\|');
const propRows = (props: Record<string, PropDef>) => Object.entries(props).map(([k, p]) => `| \`${k}\` | ${p.type} | ${esc(p.description)} |`);

export function renderSchemaDocs(migrations: string[]): string {
  const out: string[] = [
    '# Graph schema',
    '',
    '_Generated from `schema/model.ts` by `npm run schema:docs`. Do not edit: CI fails on drift._',
    '',
    'Every fact edge is one interval of one source\'s observation. A later answer in scope that no longer states a fact **ends** it (`open = false`, `endedAt`); nothing is deleted, so the history of a domain\'s hosting stays visible. A fact that comes back after it ended gets a new edge.',
    '',
    '**IP range keys.** `rangeStart` / `rangeEnd` / `rangeKey` are 32 lower-case hex digits of the IPv6 address; IPv4 is mapped into `::ffff:0:0/96`. One string order covers both families, so range indexes serve lookups of IPv4 and IPv6 alike (Neo4j integers are 64-bit and cannot hold an IPv6 address).',
    '',
    '## Migrations',
    '',
    ...migrations.map((m) => `- \`migrations/${m}.cypher\``),
    '',
    '## Node labels',
    '',
  ];
  for (const n of MODEL_NODES) {
    out.push(`### ${n.label} (${n.displayName})`, '', n.description, '', `Key: ${n.key.map((k) => `\`${k}\``).join(', ')} (unique)`, '', '| property | type | meaning |', '|---|---|---|', ...propRows(n.props), '');
  }
  out.push('Every node a source reports also carries:', '', '| property | type | meaning |', '|---|---|---|', ...propRows(FACT_NODE_PROPS), '', '## Relationship types', '');
  out.push('| type | from → to | fact | meaning | own properties |', '|---|---|---|---|---|');
  for (const r of MODEL_RELS) {
    out.push(`| \`${r.type}\` (${r.displayName}) | ${r.from.join(', ')} → ${r.to.join(', ')} | ${r.fact ? 'yes' : 'no'} | ${esc(r.description)} | ${Object.keys(r.props).map((k) => `\`${k}\``).join(', ') || '–'} |`);
  }
  out.push('', 'Every fact edge carries:', '', '| property | type | meaning |', '|---|---|---|', ...propRows(FACT_EDGE_PROPS), '');
  out.push('## Edge sets', '', `- \`CHAIN_EDGES\`: ${CHAIN_EDGES.join(', ')}`, `- \`DOMAIN_EDGES\`: ${DOMAIN_EDGES.join(', ')}`, '');
  return out.join('\n');
}
