// "database unavailable since 16:40:12 UTC (3 Dec 2026), 2 min ago": the words the CLI prints
// for a database that went away, with the exact moment in ISO 8601 beside them.
export function databaseUnavailableText(since: Date, now: Date = new Date()): string {
  const iso = since.toISOString();
  const s = Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
  const ago = s < 120 ? `${s} s ago` : `${Math.round(s / 60)} min ago`;
  return `database unavailable since ${iso.slice(11, 19)} UTC on ${iso.slice(0, 10)} (${ago}; ${iso})`;
}
