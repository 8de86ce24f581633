// The toolbar's exports: the view as PNG or SVG, the graph as GraphML or CSV.
import type { Core } from 'cytoscape';
import { byId, errorText, say } from '../dom.ts';
import { download, exportCsv, exportGraphMl, exportPng, exportSvg } from '../graph/export.ts';
import { fillFactDates } from '../graph/fact-dates.ts';

export function wireExports(cy: Core, status: HTMLElement): void {
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
  // GraphML and CSV carry each fact's first and last seen: the chain's edges get theirs first.
  const dated = async (make: () => Blob) => {
    const failed = await fillFactDates(cy);
    if (failed > 0) say(status, `The dates of the facts of ${failed} nodes could not be read; their rows have none.`, true);
    return make();
  };
  const exports: [string, () => Blob | Promise<Blob>, string][] = [
    ['export-png', () => exportPng(cy), 'png'],
    ['export-svg', () => exportSvg(cy), 'svg'],
    ['export-graphml', () => dated(() => exportGraphMl(cy)), 'graphml'],
    ['export-csv', () => dated(() => exportCsv(cy)), 'csv'],
  ];
  for (const [id, make, ext] of exports) {
    byId(id).addEventListener('click', () => {
      void (async () => {
        try {
          download(`hostchain-${stamp()}.${ext}`, await make());
        } catch (err) {
          say(status, `Export failed: ${errorText(err)}`, true);
        }
      })();
    });
  }
}
