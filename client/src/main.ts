// Entry of the web client. Text from the API is always set with textContent, never as HTML:
// WHOIS/RDAP/DNS strings are attacker-controlled.
import { fetchUrlCount, loadDemo } from './api/demo.ts';
import { fetchHealth, type HealthData } from './api/health.ts';
import { showChain } from './chain-table.ts';

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

async function offerDemo(): Promise<void> {
  const panel = document.getElementById('demo');
  const button = document.getElementById('demo-load') as HTMLButtonElement | null;
  const status = document.getElementById('demo-status');
  if (!panel || !button || !status || (await fetchUrlCount()) > 0) return;
  panel.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Resolving the demo case…';
    loadDemo()
      .then(async (r) => {
        status.textContent = `${r.resolved} URLs resolved, ${r.failed} failed.`;
        await showChain(r.urls[0]!);
      })
      .catch((err: unknown) => (status.textContent = `Failed: ${(err as Error).message}`))
      .finally(() => (button.disabled = false));
  });
}

void offerDemo().catch(() => undefined);
