import { describe, expect, it } from 'vitest';
import { checkIdentifier, mergeNodesCypher, mergeRelsCypher } from '../../../../importers/core/upsert-cypher.ts';
import { NODES } from '../../../../schema/model-nodes.ts';
import { RELS } from '../../../../schema/model-rels.ts';

// Labels and relationship types are spliced into the fact-writing Cypher (they cannot be
// parameters): only the ones the graph model declares may be, so no fact lands under a name the
// model, its documentation and its constraints do not know.
describe('names spliced into fact writes', () => {
  it('accepts every label and relationship type the model declares', () => {
    for (const n of NODES) expect(checkIdentifier('label', n.label)).toBe(n.label);
    for (const r of RELS) expect(checkIdentifier('type', r.type)).toBe(r.type);
  });

  it('refuses a well-formed label or type the model does not declare, naming the model file', () => {
    expect(() => mergeNodesCypher('Hoster', ['key'])).toThrow('label Hoster is not in the graph model (schema/model-nodes.ts)');
    expect(() => mergeRelsCypher({ type: 'HOSTED_BY', fromLabel: 'Hostname', fromKeys: ['name'], toLabel: 'IpAddress', toKeys: ['address'], relKeys: [] })).toThrow(
      'relationship type HOSTED_BY is not in the graph model (schema/model-rels.ts)',
    );
  });

  it('refuses names that could change the statement', () => {
    expect(() => checkIdentifier('label', 'Url) DETACH DELETE (x')).toThrow(/invalid label name/);
    expect(() => checkIdentifier('property', 'key}) SET n.x = 1 //')).toThrow(/invalid property name/);
  });
});
