import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listSchema, MIGRATIONS_DIR, readMigrations } from '../../../server/db/migrate.ts';
import { MODEL_NODES } from '../../../schema/model.ts';
import { countOf, createDuplicateUrl } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
beforeAll(() => resetGraph(db));
afterAll(() => db.close());

describe('schema migrations', () => {
  it('are idempotent: applied twice, the second run applies nothing and the schema is the same', async () => {
    const before = await listSchema(db);
    const again = await applyMigrations(db);
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(readMigrations().map((m) => m.id));
    expect(await listSchema(db)).toEqual(before);
  });

  it('are recorded in the graph, one node each', async () => {
    expect(await countOf(db, 'SchemaMigration')).toBe(readMigrations().length);
  });

  it('give every node key of the model a uniqueness constraint that the server enforces', async () => {
    const { constraints } = await listSchema(db);
    const unique = new Set(constraints.filter((c) => c.type === 'UNIQUENESS').map((c) => `${(c.labelsOrTypes as string[])[0]}.${(c.properties as string[])[0]}`));
    for (const n of MODEL_NODES) expect(unique, n.label).toContain(`${n.label}.${n.key[0]}`);
    await expect(createDuplicateUrl(db, 'http://probe.example/dup')).rejects.toThrow(/already exists/);
  });

  it('leave every index online', async () => {
    const { indexes } = await listSchema(db);
    expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['netblock_range_start', 'netblock_range_end', 'party_search']));
  });

  it('refuse to run when an applied migration was edited afterwards, naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    appendFileSync(path.join(dir, '0001-node-keys.cypher'), '\n// edited\n');
    await expect(applyMigrations(db, { dir })).rejects.toThrow(/0001-node-keys\.cypher was changed after it was applied/);
  });
});
