// Entry of the web client. Text from the API is always set with textContent, never as HTML:
// WHOIS/RDAP/DNS strings are attacker-controlled.
import { fetchHealth, type HealthData } from './api/health.ts';

function renderStatus(el: HTMLElement, rows: [string, string, boolean?][]): void {
  el.replaceChildren(
    ...rows.flatMap(([label, value, bad]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      if (bad) dd.className = 'bad';
      return [dt, dd];
    }),
  );
}

function statusRows(h: HealthData['health']): [string, string, boolean?][] {
  const db = h.database;
  if (!db.reachable) return [['Database', `unreachable: ${db.error ?? 'unknown error'}`, true]];
  return [
    ['Database', `Neo4j ${db.version ?? '?'} ${db.edition ?? ''} at ${db.uri}`],
    ['Schema', `${db.migrations.length} migrations applied`],
    ['Checked', h.checkedAt],
  ];
}

const statusEl = document.getElementById('status');
if (statusEl) {
  fetchHealth()
    .then((d) => renderStatus(statusEl, statusRows(d.health)))
    .catch((err: unknown) => renderStatus(statusEl, [['API', `error: ${(err as Error).message}`, true]]));
}
