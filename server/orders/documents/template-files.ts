// Where the templates are and how one is read: `templates/<kind>.<language>.txt` beside this file,
// or the folder HOSTCHAIN_DOCUMENT_TEMPLATES names (an authority keeping its edited templates
// outside the program). A template is read and checked each time a document is made, so an edit
// takes effect on the next document, and a broken edit is refused with its file and line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentKind, DocumentLanguage } from './order-document.ts';
import { parseTemplate, TemplateError, type TemplateNode } from './template-parse.ts';

export const DEFAULT_TEMPLATES_DIR = path.join(import.meta.dirname, 'templates');

export function templatesDir(dir?: string | undefined, env: Record<string, string | undefined> = process.env): string {
  return dir ?? env.HOSTCHAIN_DOCUMENT_TEMPLATES ?? DEFAULT_TEMPLATES_DIR;
}

export function templateFile(dir: string, kind: DocumentKind, language: DocumentLanguage): string {
  return path.join(dir, `${kind}.${language}.txt`);
}

export function loadTemplate(dir: string, kind: DocumentKind, language: DocumentLanguage): { file: string; nodes: TemplateNode[] } {
  const file = templateFile(dir, kind, language);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TemplateError(file, 0, `the template cannot be read: ${(err as Error).message}`);
  }
  return { file, nodes: parseTemplate(text, file) };
}

/** Every template in the folder checked: the problems found, one line each (empty when all are sound). */
export function checkTemplates(dir: string): string[] {
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    try {
      parseTemplate(readFileSync(path.join(dir, name), 'utf8'), path.join(dir, name));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return problems;
}
