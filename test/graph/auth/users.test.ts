import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirstAdmin, createUser } from '../../../server/auth/users.ts';
import { nodesOf, propertiesContaining } from '../../support/graph-assert.ts';
import { openTestGraph, resetGraph } from '../../support/graph.ts';

const db = openTestGraph();
beforeAll(() => resetGraph(db));
afterAll(() => db.close());

const ADMIN_PASSWORD = 'first admin passphrase';
const at = new Date('2025-03-01T09:00:00Z');

describe('user accounts', () => {
  it('creates the first admin when the graph has none', async () => {
    expect(await createFirstAdmin(db, { username: 'ada', password: ADMIN_PASSWORD }, at)).toEqual({ username: 'ada', role: 'admin' });
    expect(await nodesOf(db, 'User', ['username', 'role', 'createdBy'])).toEqual(new Set(['ada|admin|ada']));
  });

  it('refuses a second first admin, whatever its name, and creates nothing', async () => {
    await expect(createFirstAdmin(db, { username: 'mallory', password: 'another long passphrase' }, at)).rejects.toThrow(
      expect.objectContaining({ code: 'ADMIN_EXISTS', message: expect.stringContaining('an admin account exists already') }),
    );
    expect(await nodesOf(db, 'User', ['username'])).toEqual(new Set(['ada']));
  });

  it('lets the admin create users with a role, recording who created them', async () => {
    await createUser(db, { username: 'ivo', password: 'investigator passphrase', role: 'investigator', by: 'ada' }, at);
    expect(await nodesOf(db, 'User', ['username', 'role', 'createdBy'])).toEqual(new Set(['ada|admin|ada', 'ivo|investigator|ada']));
  });

  it('refuses a user created by someone who is not an admin', async () => {
    await expect(createUser(db, { username: 'vic', password: 'viewer passphrase', role: 'viewer', by: 'ivo' }, at)).rejects.toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses a taken username, an unknown role and a short password with their own codes', async () => {
    await expect(createUser(db, { username: 'ivo', password: 'investigator passphrase', role: 'viewer', by: 'ada' })).rejects.toThrow(expect.objectContaining({ code: 'USER_EXISTS' }));
    await expect(createUser(db, { username: 'rex', password: 'root passphrase', role: 'root', by: 'ada' })).rejects.toThrow(expect.objectContaining({ code: 'BAD_ROLE' }));
    await expect(createUser(db, { username: 'sam', password: 'short', role: 'viewer', by: 'ada' })).rejects.toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
    await expect(createUser(db, { username: 'Bad Name', password: 'a long passphrase', role: 'viewer', by: 'ada' })).rejects.toThrow(expect.objectContaining({ code: 'BAD_USERNAME' }));
  });

  it('stores no password in any property', async () => {
    expect(await propertiesContaining(db, ADMIN_PASSWORD)).toEqual([]);
    expect(await propertiesContaining(db, 'investigator passphrase')).toEqual([]);
  });
});
