// `npm run faults [-- --rounds N --seed S --all]`: the fault campaign. On a Neo4j of its own (temp
// folder, free port) and the loopback DNS/RDAP replay of the demo scenario, each round kills
// something with kill -9 at a random point (the CLI mid-resolve, the CLI mid-import, Neo4j while a
// job writes; in turn, or all three with --all), restarts and reruns, then checks the graph: no
// duplicate open facts, no lost good lines, every evidence hash equal to its stored bytes, the
// audit chain intact. Prints a row per fault and the totals; exits 1 when anything was lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../server/auth/audit-verify.ts';
import { startResellerChain } from '../../server/demo/reseller-chain/scenario.ts';
import { checkEvidenceHashes, countDuplicateOpenFacts } from '../../server/queries/store-integrity.ts';
import { startPrivateNeo4j } from '../../test/support/private-neo4j.ts';
import { killImport, killNeo4j, killResolve, type FaultContext, type FaultOutcome } from './fault-rounds.ts';
import { printRow, printTotals, type Row } from './fault-table.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, seed: { type: 'string' }, all: { type: 'boolean', default: false }, urls: { type: 'string', default: '16' }, routes: { type: 'string', default: '5000' } } });
const rounds = Number(values.rounds);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);

/** mulberry32: a seeded generator, so a campaign that lost something can be run again the same way. */
function seeded(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'hostchain-faults-'));
  console.log(`fault campaign: ${rounds} rounds, seed ${seed}${values.all ? ', all three faults each round' : ', one fault per round in turn'}; starting a Neo4j of its own…`);
  const neo = await startPrivateNeo4j({ heap: '768m' });
  const scenario = await startResellerChain();
  scenario.dns.setMisbehaviour({ mode: 'slow', delayMs: 30 });
  const db = neo.open({ maxTransactionRetryTimeMs: 5000 });
  const env = {
    NEO4J_URI: neo.uri, HOSTCHAIN_DNS_SERVERS: scenario.dns.address, HOSTCHAIN_RDAP_BOOTSTRAP: scenario.config.rdap.bootstrapDir,
    HOSTCHAIN_WHOIS_SERVERS: '*=127.0.0.1:9', HOSTCHAIN_CONFIG: path.join(dir, 'no-config.json'), HOSTCHAIN_HOME: path.join(dir, 'home'),
    // Longer than a restart of Neo4j on a busy machine: a job the database left waits for it.
    HOSTCHAIN_DB_PAUSE_SECONDS: '180',
  };
  const ctx: FaultContext = { dir, env, db, neo, rnd: seeded(seed), urls: Number(values.urls), routes: Number(values.routes) };
  console.log(`Neo4j up on ${neo.uri} after ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  const rows: Row[] = [];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const kinds = values.all ? [0, 1, 2] : [(round - 1) % 3];
      for (const kind of kinds) {
        const t = Date.now();
        const tag = `r${round}k${kind}`;
        const outcome: FaultOutcome = kind === 0 ? await killResolve(ctx, tag) : kind === 1 ? await killImport(ctx, tag, round) : await killNeo4j(ctx, tag, round);
        const row: Row = { round, ...outcome, ...(await checkGraph(ctx)), seconds: (Date.now() - t) / 1000 };
        rows.push(row);
        printRow(row);
      }
    }
  } finally {
    await db.close();
    await scenario.close();
    await neo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return printTotals(rows, (Date.now() - t0) / 1000);
}

async function checkGraph(ctx: FaultContext): Promise<Pick<Row, 'duplicateFacts' | 'badHashes' | 'evidenceChecked' | 'auditBroken'>> {
  const hashes = await checkEvidenceHashes(ctx.db);
  const broken = await verifyAuditChain(ctx.db);
  return { duplicateFacts: await countDuplicateOpenFacts(ctx.db), badHashes: hashes.mismatched.length, evidenceChecked: hashes.checked, auditBroken: broken === undefined ? undefined : `${broken.reason} at #${broken.seq}` };
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`fault campaign stopped: ${err.stack ?? err.message}`);
    process.exit(2);
  },
);
