// Bookkeeping of resolve jobs: which URLs were resolved recently (a rerun skips them) and marking
// one as resolved once all its lookups are stored (a killed job redoes only unfinished URLs).
import type { GraphDb } from '../db/driver.ts';

// Which of these URLs were fully resolved at or after $since.
const FRESH_URLS = `
UNWIND $urls AS url
MATCH (u:Url {url: url}) WHERE u.resolvedAt >= datetime($since)
RETURN u.url AS url LIMIT $limit`;

// Marks a URL as fully resolved, with how many lookups failed and why (the first few reasons).
const MARK_RESOLVED = `
MATCH (u:Url {url: $url})
SET u.resolvedAt = datetime($at), u.resolveFailures = $failures, u.resolveFailureReasons = $reasons`;

// Marks many URLs as fully resolved in one transaction (a commit per URL cost more than the URL).
const MARK_RESOLVED_MANY = `
UNWIND $rows AS row
MATCH (u:Url {url: row.url})
SET u.resolvedAt = datetime(row.at), u.resolveFailures = row.failures, u.resolveFailureReasons = row.reasons`;

/** Reasons kept on the URL for the case view; every failed answer stays in full as evidence. */
const KEPT_REASONS = 10;

export async function findFreshUrls(db: GraphDb, urls: string[], since: Date): Promise<Set<string>> {
  const rows = await db.read<{ url: string }>(FRESH_URLS, { urls, since: since.toISOString(), limit: urls.length + 1 });
  return new Set(rows.map((r) => r.url));
}

export async function markResolved(db: GraphDb, url: string, at: Date, failures: readonly string[]): Promise<void> {
  await db.write(MARK_RESOLVED, { url, at: at.toISOString(), failures: failures.length, reasons: failures.slice(0, KEPT_REASONS).map((r) => r.slice(0, 300)) });
}

export interface ResolvedMark {
  url: string;
  at: Date;
  failures: readonly string[];
}

export async function markManyResolved(db: GraphDb, marks: readonly ResolvedMark[]): Promise<void> {
  if (marks.length === 0) return;
  const rows = marks.map((m) => ({ url: m.url, at: m.at.toISOString(), failures: m.failures.length, reasons: m.failures.slice(0, KEPT_REASONS).map((r) => r.slice(0, 300)) }));
  await db.write(MARK_RESOLVED_MANY, { rows });
}
