import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../server/auth/secrets.ts';
import { createToken, revokeToken, tokenUser } from '../../../server/auth/tokens.ts';
import { createFirstAdmin, createUser } from '../../../server/auth/users.ts';
import { nodesOf, propertiesContaining, relsOf } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
const now = new Date('2025-03-01T09:00:00Z');

beforeAll(async () => {
  await resetGraph(db);
  await createFirstAdmin(db, { username: 'ada', password: 'first admin passphrase' }, now);
  await createUser(db, { username: 'ivo', password: 'investigator passphrase', role: 'investigator', by: 'ada' }, now);
});
afterAll(() => db.close());

describe('API tokens', () => {
  it('are hc_ and 32 random bytes, and authenticate their user', async () => {
    const { token } = await createToken(db, 'ivo', { label: 'nightly import', now });
    expect(token).toMatch(/^hc_[A-Za-z0-9_-]{43}$/);
    expect(await tokenUser(db, token)).toEqual({ username: 'ivo', role: 'investigator' });
  });

  it('are stored only as their SHA-256: the token is in no node or relationship property', async () => {
    const { id, token } = await createToken(db, 'ivo', { label: 'resolve script', now });
    expect(await propertiesContaining(db, token)).toEqual([]);
    expect(await propertiesContaining(db, token.slice(3))).toEqual([]);
    expect(await nodesOf(db, 'ApiToken', ['id', 'hash'])).toContain(`${id}|${sha256Hex(token)}`);
    expect(await relsOf(db, { from: ['User', 'username'], type: 'HAS_TOKEN', to: ['ApiToken', 'id'] })).toContain(`ivo|${id}`);
  });

  it('stop working when revoked, and are revoked only once', async () => {
    const { id, token } = await createToken(db, 'ivo', { label: 'old laptop', now });
    expect(await revokeToken(db, id, { now })).toBe(true);
    expect(await tokenUser(db, token)).toBeUndefined();
    expect(await revokeToken(db, id, { now })).toBe(false);
  });

  it('refuse a token never issued, a malformed one, and a user that does not exist', async () => {
    expect(await tokenUser(db, `hc_${'A'.repeat(43)}`)).toBeUndefined();
    expect(await tokenUser(db, 'hc_short')).toBeUndefined();
    await expect(createToken(db, 'nobody', { label: 'x', now })).rejects.toThrow(expect.objectContaining({ code: 'UNKNOWN_USER' }));
  });
});
