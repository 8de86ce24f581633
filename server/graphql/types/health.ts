// `health`: is the database reachable, which one is it, and which schema migrations are applied.
// An unreachable database is a value (reachable: false, error), not a GraphQL error, so a
// monitoring script can read one field.
import { builder } from '../builder.ts';
import { isDatabaseUnavailable } from '../../db/db-errors.ts';
import { findAppliedMigrations, findDbmsInfo, type AppliedMigration } from '../../queries/health.ts';

interface DatabaseHealthShape {
  uri: string;
  reachable: boolean;
  version: string | null;
  edition: string | null;
  error: string | null;
  unavailableSince: Date | null;
  migrations: AppliedMigration[];
}

const Migration = builder.objectRef<AppliedMigration>('SchemaMigration').implement({
  description: 'A schema migration recorded in the graph when it was applied.',
  fields: (t) => ({
    id: t.exposeString('id'),
    checksum: t.exposeString('checksum', { description: 'SHA-256 of the migration file as applied.' }),
    appliedAt: t.exposeString('appliedAt'),
  }),
});

const DatabaseHealth = builder.objectRef<DatabaseHealthShape>('DatabaseHealth').implement({
  description: 'The Neo4j server this instance uses.',
  fields: (t) => ({
    uri: t.exposeString('uri', { description: 'Bolt or neo4j:// URI (no credentials).' }),
    reachable: t.exposeBoolean('reachable'),
    version: t.exposeString('version', { nullable: true }),
    edition: t.exposeString('edition', { nullable: true }),
    error: t.exposeString('error', { nullable: true }),
    unavailableSince: t.field({ type: 'DateTime', nullable: true, description: 'since when this server has found the database unreachable (null: it answers)', resolve: (h) => h.unavailableSince }),
    migrations: t.field({ type: [Migration], resolve: (h) => h.migrations }),
  }),
});

const Health = builder.objectRef<{ database: DatabaseHealthShape; checkedAt: Date }>('Health').implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (h) => h.database.reachable }),
    checkedAt: t.field({ type: 'DateTime', resolve: (h) => h.checkedAt }),
    database: t.field({ type: DatabaseHealth, resolve: (h) => h.database }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Whether the API and its database are up, and the schema state of the graph.',
    resolve: async (_root, _args, ctx) => ({ database: await checkDatabase(ctx.db), checkedAt: ctx.now() }),
  }),
);

async function checkDatabase(db: Parameters<typeof findDbmsInfo>[0]): Promise<DatabaseHealthShape> {
  const uri = db.uri.replace(/\/\/[^@/]*@/, '//');
  try {
    // Fails fast when the server is down; the queries below would be retried for 30 s.
    await db.driver.getServerInfo();
    const [info, migrations] = await Promise.all([findDbmsInfo(db), findAppliedMigrations(db)]);
    db.availability.markUp();
    return { uri, reachable: true, version: info?.version ?? null, edition: info?.edition ?? null, error: null, unavailableSince: null, migrations };
  } catch (err) {
    const since = isDatabaseUnavailable(err) ? db.availability.markDown() : null;
    return { uri, reachable: false, version: null, edition: null, error: (err as Error).message, unavailableSince: since, migrations: [] };
  }
}
