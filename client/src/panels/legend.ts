// The legend (shapes for kinds and roles, colours for countries, the CDN mark) and the type filter.
import { el } from '../dom.ts';
import { KIND_NAMES, type NodeKind } from '../graph/node-data.ts';
import { CDN_COLOUR, COUNTRY_COLOURS, KIND_SHAPES, ROLE_SHAPES } from '../graph/style.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function swatch(opts: { fill: string; stroke?: string; dash?: boolean; shape: string }): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const points: Record<string, string> = { diamond: '11,1 21,8 11,15 1,8', hexagon: '5,1 17,1 21,8 17,15 5,15 1,8', octagon: '6,1 16,1 21,5 21,11 16,15 6,15 1,11 1,5', tag: '1,1 15,1 21,8 15,15 1,15', 'concave-hexagon': '1,1 21,1 17,8 21,15 1,15 5,8', rhomboid: '5,1 21,1 17,15 1,15', 'round-tag': '1,1 15,1 21,8 15,15 1,15' };
  const shape = points[opts.shape] !== undefined ? document.createElementNS(SVG_NS, 'polygon') : document.createElementNS(SVG_NS, opts.shape === 'ellipse' ? 'ellipse' : 'rect');
  if (points[opts.shape] !== undefined) shape.setAttribute('points', points[opts.shape]!);
  else if (opts.shape === 'ellipse') for (const [k, v] of [['cx', '11'], ['cy', '8'], ['rx', '9'], ['ry', '6']]) shape.setAttribute(k!, v!);
  else for (const [k, v] of [['x', '2'], ['y', '2'], ['width', '18'], ['height', '12'], ['rx', opts.shape === 'barrel' ? '6' : '3']]) shape.setAttribute(k!, v!);
  shape.setAttribute('fill', opts.fill);
  shape.setAttribute('stroke', opts.stroke ?? '#1a202c');
  shape.setAttribute('stroke-width', opts.dash ? '2.5' : '1');
  if (opts.dash) shape.setAttribute('stroke-dasharray', '3 2');
  svg.append(shape);
  return svg;
}

function row(icon: SVGSVGElement, text: string): HTMLElement {
  return el('div', { class: 'legend-row' }, icon, el('span', {}, text));
}

export function renderLegend(region: HTMLElement): void {
  region.replaceChildren(
    ...KIND_SHAPES.map((k) => row(swatch({ fill: '#dfe6ee', shape: k.shape }), k.label)),
    ...ROLE_SHAPES.map((r) => row(swatch({ fill: '#dfe6ee', shape: r.shape }), r.label)),
    row(swatch({ fill: '#ffffff', stroke: '#4a5568', shape: 'rect' }), 'Party (box around its netblocks): name, role, country'),
    ...COUNTRY_COLOURS.map((c) => row(swatch({ fill: c.colour, shape: 'rect' }), c.label + (c.eu === 'non-eu' ? ' (double border)' : ''))),
    row(swatch({ fill: '#dfe6ee', stroke: CDN_COLOUR, dash: true, shape: 'rect' }), 'CDN-fronted: the real hoster is hidden; ask the CDN'),
    row(swatch({ fill: '#ffffff', stroke: '#718096', dash: true, shape: 'rect' }), 'Dashed line: a fact that has ended'),
  );
}

/** One checkbox a kind; unchecking hides that kind (the choice lives in the URL). */
export function renderFilters(region: HTMLElement, present: NodeKind[], hidden: string[], onChange: (hidden: string[]) => void): void {
  const boxes = present.map((kind) => {
    const input = el('input', { type: 'checkbox', value: kind, checked: !hidden.includes(kind) });
    input.addEventListener('change', () => onChange(boxes.filter((b) => !b.checked).map((b) => b.value)));
    region.append(el('label', { class: 'legend-row' }, input, KIND_NAMES[kind]));
    return input;
  });
  region.replaceChildren(...boxes.map((b) => b.parentElement!));
}
