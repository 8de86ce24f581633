// The GraphQL documents the web client sends, read from client/src/api/*.ts without running
// them: every string or template literal that starts an operation, with `${NAME}` pieces filled
// from the same file's string and number constants. A piece that is not such a constant is an
// error, so every document stays checkable against the printed SDL.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const CLIENT_API_DIR = 'client/src/api';

export interface ClientDocument {
  file: string;
  line: number;
  text: string;
}

const OPERATION = /^\s*(query|mutation|subscription)\b\s*[({A-Za-z_]|^\s*\{/;

function constantsOf(source: ts.SourceFile): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) out.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function textOf(expr: ts.Expression, consts: Map<string, ts.Expression>, where: string): string | undefined {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (ts.isNumericLiteral(expr)) return expr.text;
  if (ts.isTemplateExpression(expr)) {
    let text = expr.head.text;
    for (const span of expr.templateSpans) {
      const name = ts.isIdentifier(span.expression) ? span.expression.text : undefined;
      const value = name === undefined ? undefined : consts.get(name);
      const piece = value === undefined ? undefined : textOf(value, consts, where);
      if (piece === undefined) throw new Error(`${where}: \${${span.expression.getText()}} is not a constant of the file; a client document must be static`);
      text += piece + span.literal.text;
    }
    return text;
  }
  return undefined;
}

export function documentsOfFile(file: string): ClientDocument[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const consts = constantsOf(source);
  const docs: ClientDocument[] = [];
  const visit = (node: ts.Node): void => {
    // A string in a type ('query' in a Pick of field names) is not a document.
    if (ts.isLiteralTypeNode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const start = ts.isTemplateExpression(node) ? node.head.text : node.text;
      if (OPERATION.test(start)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        docs.push({ file, line, text: textOf(node, consts, `${file}:${line}`)! });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return docs;
}

export function clientDocuments(dir = CLIENT_API_DIR): ClientDocument[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().flatMap((f) => documentsOfFile(join(dir, f)));
}
