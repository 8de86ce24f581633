// The chain of one URL as a table. Every value from the graph is set with textContent: WHOIS and
// RDAP text is hostile input and is never parsed as HTML.
import { fetchChain } from './api/demo.ts';

function cell(text: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

export async function showChain(url: string): Promise<void> {
  const chain = await fetchChain(url);
  const section = document.getElementById('chain');
  const rows = document.getElementById('chain-rows');
  const title = document.getElementById('chain-url');
  if (!chain || !section || !rows || !title) return;
  title.textContent = `${chain.url} → ${chain.addresses.map((a) => a.address).join(', ')}`;
  rows.replaceChildren(
    ...chain.addresses.flatMap((a) => [
      // A CDN in front hides the hoster: it comes first, as the party to ask for the origin.
      ...a.cdn.map((c) => {
        const tr = document.createElement('tr');
        tr.append(cell('cdn'), cell(c.provider), cell('–'), cell(`published range ${c.cidr}`), cell('ask for the origin'), cell(c.evidenceId ?? '–'));
        return tr;
      }),
      ...a.blocks.map((b) => {
        const tr = document.createElement('tr');
        const block = `${b.status ?? ''} ${b.start}${b.prefixLength === null ? '' : `/${b.prefixLength}`}`;
        tr.append(cell(b.role), cell(b.holder ?? 'unknown'), cell(b.country ?? '??'), cell(block), cell(b.abuseContacts.join(', ') || '–'), cell(b.evidenceId ?? '–'));
        return tr;
      }),
    ]),
  );
  section.hidden = false;
}
