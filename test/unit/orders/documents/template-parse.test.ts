import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../../server/orders/documents/document-fields.ts';
import { DEFAULT_TEMPLATES_DIR, checkTemplates } from '../../../../server/orders/documents/template-files.ts';
import { parseTemplate } from '../../../../server/orders/documents/template-parse.ts';
import { renderHtml, renderText } from '../../../../server/orders/documents/template-render.ts';

const refused = (text: string) => {
  try {
    parseTemplate(text, 'x.en.txt');
  } catch (err) {
    return (err as Error).message;
  }
  return 'accepted';
};

describe('the template checker', () => {
  it('accepts every template that ships', () => {
    expect(checkTemplates(DEFAULT_TEMPLATES_DIR)).toEqual([]);
  });

  it('names the file and line of an unknown placeholder, a list used as a value, a section left open or closed out of turn', () => {
    expect(refused('# T\n\n{{addressee.nmae}}')).toMatch(/^x\.en\.txt:3: unknown placeholder \{\{addressee\.nmae\}\}; known here: /);
    expect(refused('{{urls}}')).toBe('x.en.txt:1: {{urls}} is a list: repeat it with {{#urls}} … {{/urls}} on lines of their own');
    expect(refused('a\n{{#urls}}\n- {{url}}')).toBe('x.en.txt:2: {{#urls}} is never closed (no {{/urls}})');
    expect(refused('{{#urls}}\n{{/grounds}}')).toBe('x.en.txt:2: {{/grounds}} closes {{#urls}} opened on line 1');
    expect(refused('- {{url}}')).toMatch(/^x\.en\.txt:1: unknown placeholder \{\{url\}\}/);
    expect(refused('text {{#urls}} more')).toBe('x.en.txt:1: {{#urls}} must stand alone on its line (sections open and close on lines of their own)');
    expect(refused('a {{ broken')).toMatch(/^x\.en\.txt:1: "a \{\{ broken" holds a \{\{ or \}\}/);
  });

  it('lists in the templates README every field a template may name', () => {
    const readme = readFileSync(path.join(DEFAULT_TEMPLATES_DIR, 'README.md'), 'utf8');
    const names = Object.entries(FIELDS).flatMap(([k, v]) => [k, ...(v.kind === 'list' ? Object.entries(v.item).flatMap(([i, s]) => [i, ...(s.kind === 'list' ? Object.keys(s.item) : [])]) : [])]);
    expect(names.filter((n) => !readme.includes(`\`${n}\``))).toEqual([]);
  });
});

describe('filling a template', () => {
  const nodes = parseTemplate('# Title {{order.reference}}\n;; a note for editors\n{{#urls}}\n- {{url}}\n{{/urls}}\n{{^order.confidential}}\nThe content provider may be told.\n{{/order.confidential}}\nBy: {{addressee.name}}', 'x.en.txt');
  const values = { 'order.reference': 'ord-1', 'order.confidential': false, urls: [{ url: 'http://a.example/1' }, { url: 'http://b.example/<2>' }], 'addressee.name': 'Evil\u001b[31m <b>Host</b>' };

  it('repeats lists, shows sections by their flags, leaves out the editors’ notes, and shows control characters as escapes', () => {
    expect(renderText(nodes, values)).toBe('Title ord-1\n===========\n- http://a.example/1\n- http://b.example/<2>\nThe content provider may be told.\nBy: Evil\\x1b[31m <b>Host</b>\n');
  });

  it('escapes every value on the page, so a name from WHOIS cannot put markup in the PDF', () => {
    const html = renderHtml(nodes, values, 'en');
    expect(html).toContain('<li>http://b.example/&lt;2&gt;</li>');
    expect(html).toContain('By: Evil\\x1b[31m &lt;b&gt;Host&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
