import { describe, expect, it } from 'vitest';
import { localTarget } from '../../../server/cli/db-backup.ts';
import { defaultConfig } from '../../../server/config.ts';

describe('which database hostchain db backup and restore work on', () => {
  it('refuses a Neo4j of your own (NEO4J_URI) and says what to back up with its own tools instead', () => {
    const cfg = { ...defaultConfig(), neo4j: { ...defaultConfig().neo4j, uri: 'neo4j://db.example:7687' } };
    expect(() => localTarget(cfg)).toThrow(expect.objectContaining({ code: 'NOT_LOCAL', message: expect.stringMatching(/its own tools \(neo4j-admin database dump.*audit \(the audit key and signed head\)/) }));
  });

  it('works on the local Neo4j of the data folder, anchored by that folder\'s audit key', () => {
    const t = localTarget({ ...defaultConfig(), home: '/srv/hc' });
    expect(t).toMatchObject({ stateDir: '/srv/hc', database: 'neo4j', anchor: { keyFile: '/srv/hc/audit/key', headFile: '/srv/hc/audit/head.json' } });
  });
});
