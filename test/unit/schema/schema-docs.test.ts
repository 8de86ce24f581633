import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemaDocs } from '../../../schema/docs.ts';
import { MODEL_NODES, MODEL_RELS } from '../../../schema/model.ts';
import { readMigrations } from '../../../server/db/migrate.ts';

const migrationText = readMigrations().flatMap((m) => m.statements).join('\n');

describe('the schema', () => {
  it('documents itself: schema/README.md equals what the model generates (npm run schema:docs)', () => {
    const onDisk = readFileSync(path.resolve(import.meta.dirname, '../../../schema/README.md'), 'utf8');
    expect(onDisk).toBe(renderSchemaDocs(readMigrations().map((m) => m.id)));
  });

  it('has a uniqueness constraint in the migrations for every node key of the model', () => {
    for (const n of MODEL_NODES) {
      expect(migrationText, n.label).toMatch(new RegExp(`FOR \\(n:${n.label}\\) REQUIRE n\\.${n.key[0]} IS UNIQUE`));
    }
  });

  it('uses in its migrations only labels that the model defines', () => {
    const labels = new Set(MODEL_NODES.map((n) => n.label));
    const used = [...migrationText.matchAll(/\(n:([A-Za-z|]+)\)/g)].flatMap((m) => m[1]!.split('|'));
    expect(used.filter((l) => !labels.has(l))).toEqual([]);
  });

  it('connects relationships only to labels that exist', () => {
    const labels = new Set([...MODEL_NODES.map((n) => n.label), '*']);
    for (const r of MODEL_RELS) for (const l of [...r.from, ...r.to]) expect(labels.has(l), `${r.type} ${l}`).toBe(true);
  });

  it('numbers migrations without gaps, so their order is their number', () => {
    const ids = readMigrations().map((m) => Number(m.id.slice(0, 4)));
    expect(ids).toEqual(ids.map((_, i) => i + 1));
  });
});
