// The abuse-c step after a dump run (see abuse-links-cypher.ts).
import type { GraphDb } from '../../server/db/driver.ts';
import { runAutoCommit } from '../core/auto-commit.ts';
import { linkToWrittenRolesCypher, linkWrittenNodesCypher } from './abuse-links-cypher.ts';

const LABELS = ['Netblock', 'Organization'];

export async function linkAbuseContacts(db: GraphDb, run: { evidenceId: string; observedAt: Date; dataset: string }): Promise<number> {
  const params = { evidenceId: run.evidenceId, observedAt: run.observedAt.toISOString(), source: 'ripe-db', dataset: run.dataset };
  let linked = 0;
  for (const label of LABELS) {
    for (const cypher of [linkWrittenNodesCypher(label), linkToWrittenRolesCypher(label)]) {
      const [r] = await runAutoCommit<{ linked: number }>(db, cypher, params);
      linked += Number(r?.linked ?? 0);
    }
  }
  return linked;
}
