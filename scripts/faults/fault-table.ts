// The campaign's report: one row per fault as it happens, then the totals and what was lost.
import type { FaultOutcome } from './fault-rounds.ts';

export interface Row extends FaultOutcome {
  round: number;
  duplicateFacts: number;
  badHashes: number;
  evidenceChecked: number;
  /** The first audit entry that does not hold, if any. */
  auditBroken: string | undefined;
  seconds: number;
}

const HEAD = ['round', 'fault', 'where it landed', 'reruns', 'lost URLs', 'lost lines', 'dup facts', 'bad hashes', 'audit', 's'];
const WIDTHS = [5, 24, 52, 6, 9, 10, 9, 10, 6, 5];
let headed = false;

const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).slice(0, WIDTHS[i]! + 20).padEnd(WIDTHS[i]!)).join(' ');

export function printRow(r: Row): void {
  if (!headed) (headed = true), console.log(line(HEAD));
  console.log(line([r.round, r.fault, r.at, r.reruns, r.lostUrls, r.lostLines, r.duplicateFacts, r.badHashes, r.auditBroken ?? 'ok', r.seconds.toFixed(0)]));
}

/** Prints the totals; 0 when nothing was lost, 1 otherwise (the exit code). */
export function printTotals(rows: Row[], seconds: number): number {
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const last = rows.at(-1);
  const lost = { urls: sum((r) => r.lostUrls), lines: sum((r) => r.lostLines), dups: last?.duplicateFacts ?? 0, hashes: last?.badHashes ?? 0, audit: rows.filter((r) => r.auditBroken !== undefined).length };
  const byKind = new Map<string, number>();
  for (const r of rows) byKind.set(r.fault, (byKind.get(r.fault) ?? 0) + 1);
  console.log('');
  console.log(`rounds ${new Set(rows.map((r) => r.round)).size}, faults ${rows.length} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}), time ${seconds.toFixed(0)} s`);
  console.log(`audit entries appended around Neo4j kills: ${sum((r) => r.auditEntries ?? 0)}; evidence hashes checked at the end: ${last?.evidenceChecked ?? 0}`);
  const nothing = lost.urls + lost.lines + lost.dups + lost.hashes + lost.audit === 0;
  console.log(nothing
    ? 'lost: nothing (0 good URLs, 0 good lines, 0 duplicate open facts, 0 evidence hash mismatches, audit chain intact)'
    : `LOST: ${lost.urls} good URLs, ${lost.lines} good lines, ${lost.dups} duplicate open facts, ${lost.hashes} evidence hash mismatches, ${lost.audit} rounds with a broken audit chain`);
  return nothing ? 0 : 1;
}
