// Building DOM from data without ever parsing markup: text goes in as text nodes only, so a
// WHOIS name such as `<img src=x onerror=…>` shows as those characters.
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    // No attribute from data may become an address the browser loads.
    if (/^(on|src$|href$|srcset$|style$)/i.test(k)) throw new Error(`el(): attribute ${k} is not set from here`);
    if (v === true) e.setAttribute(k, '');
    else if (v !== false) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'number' ? String(c) : c);
  return e;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`#${id} missing from index.html`);
  return e as T;
}

export function button(text: string, onClick: () => void, attrs: Record<string, string | boolean> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
}

export function table(caption: string, head: string[], rows: Child[][]): HTMLTableElement {
  return el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Tells a screen reader (and the eye) what happened, in one live region per panel. */
export function say(region: HTMLElement, text: string, bad = false): void {
  region.textContent = text;
  region.classList.toggle('bad', bad);
}

/** The children that are there (drops null and false), for replaceChildren. */
export function present(...children: (Node | string | null | false | undefined)[]): (Node | string)[] {
  return children.filter((c): c is Node | string => c !== null && c !== false && c !== undefined);
}

/** A long value (a URL) cut with an ellipsis by CSS in tables; the whole text stays in the tooltip and is what is copied. */
export function cut(text: string): HTMLElement {
  return el('span', { class: 'cut', title: text }, text);
}
