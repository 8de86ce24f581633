// How the canvas shows meaning: the node's kind and role by shape, the party's country by colour
// (EU, outside the EU, unknown), a CDN in front by a dashed orange border. The legend is drawn
// from the same tables, so it cannot drift from the canvas.
import type { StylesheetJson } from 'cytoscape';

type Shape = 'concave-hexagon' | 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'octagon' | 'tag' | 'round-tag' | 'rhomboid' | 'barrel' | 'star' | 'rectangle';

export const KIND_SHAPES: { kind: string; label: string; shape: Shape }[] = [
  { kind: 'Url', label: 'URL', shape: 'tag' },
  { kind: 'Hostname', label: 'Host name', shape: 'ellipse' },
  { kind: 'Domain', label: 'Domain', shape: 'round-tag' },
  { kind: 'IpAddress', label: 'IP address', shape: 'diamond' },
  { kind: 'Netblock', label: 'Netblock, role not known here (Explore)', shape: 'concave-hexagon' },
  { kind: 'Route', label: 'Routed prefix (BGP)', shape: 'rhomboid' },
  { kind: 'AutonomousSystem', label: 'Autonomous system (origin, transit)', shape: 'octagon' },
  { kind: 'Contact', label: 'Contact', shape: 'rectangle' },
];

export const ROLE_SHAPES: { role: string; label: string; shape: Shape }[] = [
  { role: 'hoster', label: 'Netblock of the hoster', shape: 'round-rectangle' },
  { role: 'reseller', label: 'Netblock of a reseller', shape: 'hexagon' },
  { role: 'upstream', label: 'Netblock of the upstream', shape: 'barrel' },
];

export const COUNTRY_COLOURS: { eu: string; label: string; colour: string }[] = [
  { eu: 'eu', label: 'Party in the EU', colour: '#2f6fb3' },
  { eu: 'non-eu', label: 'Party outside the EU', colour: '#c0392b' },
  { eu: 'unknown', label: 'Country unknown', colour: '#7a7f87' },
];

export const CDN_COLOUR = '#e67e22';

/** Canvas font size of node labels; the fitted chain must show them at 11 px or more. */
export const LABEL_FONT_SIZE = 13;
/** The smallest on-screen label size the fitted chain may have (font size × zoom). */
export const MIN_LABEL_PX = 11;
// Captions break where chain-elements.ts breaks them; this only stops a pathological line.
const LABEL_MAX_WIDTH = 320;

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)', 'text-wrap': 'wrap', 'text-max-width': `${LABEL_MAX_WIDTH}px`, 'font-size': LABEL_FONT_SIZE, 'line-height': 1.2, 'font-family': 'system-ui, sans-serif', 'min-zoomed-font-size': 6,
        'text-valign': 'bottom', 'text-margin-y': 4, color: '#1a202c', 'background-color': '#dfe6ee', 'border-width': 1, 'border-color': '#4a5568', width: 28, height: 28,
      },
    },
    ...KIND_SHAPES.map((k) => ({ selector: `node[kind = "${k.kind}"]`, style: { shape: k.shape } })),
    ...ROLE_SHAPES.map((r) => ({ selector: `node[kind = "Netblock"][role = "${r.role}"]`, style: { shape: r.shape, width: 40 } })),
    ...COUNTRY_COLOURS.map((c) => ({ selector: `node[kind != "Organization"][eu = "${c.eu}"]`, style: { 'background-color': c.colour, 'border-color': '#1a202c' } })),
    {
      selector: 'node[kind = "Organization"]',
      style: { shape: 'round-rectangle', 'background-opacity': 0.12, 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-weight': 'bold', 'border-width': 2, padding: '12px' },
    },
    // A party with no netblock drawn inside (registrar, CDN, a party in Explore) is a box with its name in it.
    {
      selector: 'node[kind = "Organization"]:childless',
      style: { 'text-valign': 'center', 'text-margin-y': 0, width: 'label', height: 'label', padding: '8px', 'background-opacity': 0.18 },
    },
    ...COUNTRY_COLOURS.map((c) => ({ selector: `node[kind = "Organization"][eu = "${c.eu}"]`, style: { 'background-color': c.colour, 'border-color': c.colour } })),
    { selector: 'node[eu = "non-eu"]', style: { 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node[cdn = "yes"]', style: { 'border-color': CDN_COLOUR, 'border-width': 4, 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'overlay-color': '#f6c343', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#2d3748' } },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#718096', 'target-arrow-color': '#718096', 'target-arrow-shape': 'triangle', 'curve-style': 'straight' } },
    // Only edges with a caption get a label mapping: Cytoscape warns once per element otherwise,
    // which alone cost seconds of first draw on a few thousand edges.
    {
      selector: 'edge[caption]',
      style: { label: 'data(caption)', 'font-size': 10, 'min-zoomed-font-size': 8, color: '#4a5568', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-rotation': 'autorotate' },
    },
    { selector: 'edge[endedAt]', style: { 'line-style': 'dashed', opacity: 0.6 } },
    { selector: 'edge[type = "IN_CDN_RANGE"]', style: { 'line-color': CDN_COLOUR, 'target-arrow-color': CDN_COLOUR, width: 2.5 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
