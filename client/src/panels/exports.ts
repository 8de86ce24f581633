// The toolbar's exports: the view as PNG or SVG, the graph as GraphML or CSV.
import type { Core } from 'cytoscape';
import { byId, errorText, say } from '../dom.ts';
import { download, exportCsv, exportGraphMl, exportPng, exportSvg } from '../graph/export.ts';

export function wireExports(cy: Core, status: HTMLElement): void {
  const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
  const exports: [string, () => Blob, string][] = [
    ['export-png', () => exportPng(cy), 'png'],
    ['export-svg', () => exportSvg(cy), 'svg'],
    ['export-graphml', () => exportGraphMl(cy), 'graphml'],
    ['export-csv', () => exportCsv(cy), 'csv'],
  ];
  for (const [id, make, ext] of exports) {
    byId(id).addEventListener('click', () => {
      try {
        download(`hostchain-${stamp()}.${ext}`, make());
      } catch (err) {
        say(status, `Export failed: ${errorText(err)}`, true);
      }
    });
  }
}
