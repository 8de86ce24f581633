import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_NODES, MODEL_RELS } from '../../../schema/model.ts';

// The hoster report's Cypher names only labels and relationship types the model defines.
const root = path.resolve(import.meta.dirname, '../../..');
const FILES = ['server/queries/hosters.ts', 'server/queries/hosters-timeline.ts'];

describe('the hoster report queries', () => {
  it('use only labels and relationship types of schema/model.ts', () => {
    const labels = new Set(MODEL_NODES.map((n) => n.label));
    const types = new Set(MODEL_RELS.map((r) => r.type));
    for (const f of FILES) {
      const text = readFileSync(path.join(root, f), 'utf8');
      for (const m of text.matchAll(/\((?:[a-z]\w*)?:([A-Z][A-Za-z]+)/g)) expect(labels, `${f}: label ${m[1]}`).toContain(m[1]);
      for (const m of text.matchAll(/\[(?:[a-z]\w*)?:([A-Z_|]+)[\]\s{*]/g)) for (const t of m[1]!.split('|')) expect(types, `${f}: type ${t}`).toContain(t);
      for (const m of text.matchAll(/\b[a-z]\w*:(IpAddress|Route|Hostname|Netblock)\b/g)) expect(labels).toContain(m[1]);
    }
  });

  it('bound every read by LIMIT $limit', () => {
    for (const f of FILES) {
      const text = readFileSync(path.join(root, f), 'utf8');
      const queries = [...text.matchAll(/const [A-Z_]+ = `([^`]*)`/g)].map((m) => m[1]!);
      expect(queries.length, f).toBeGreaterThan(0);
      for (const q of queries) expect(q, q).toMatch(/\bLIMIT \$limit\b/);
    }
  });
});
