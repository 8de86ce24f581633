// `hostchain order document <orderId> --kind K --lang nl|en --format text|pdf [--out FILE]`: an
// order's document made on the server itself (for a letter, or to attach by hand), audited like a
// download; `hostchain order templates`: checks every template and names the file and line of
// each problem, so legal staff can test an edit before anyone needs the document.
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { audit } from '../auth/audit.ts';
import { loadConfig } from '../config.ts';
import { connectGraph } from '../db/connect.ts';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, DOCUMENT_LANGUAGES, renderOrderDocument, type DocumentFormat, type DocumentKind, type DocumentLanguage } from '../orders/documents/order-document.ts';
import { checkTemplates, templatesDir } from '../orders/documents/template-files.ts';
import { loadRuleTable } from '../rules/rule-table.ts';

interface DocumentOptions {
  kind?: string;
  lang: string;
  format: string;
  out?: string;
}

function oneOf<V extends string>(what: string, value: string, values: readonly V[]): V {
  if (!(values as readonly string[]).includes(value)) throw new Error(`--${what} must be one of ${values.join(', ')}, not "${value}"`);
  return value as V;
}

async function writeDocument(orderId: string, opts: DocumentOptions): Promise<void> {
  const kind = opts.kind === undefined ? undefined : oneOf<DocumentKind>('kind', opts.kind, DOCUMENT_KINDS);
  const language = oneOf<DocumentLanguage>('lang', opts.lang, DOCUMENT_LANGUAGES);
  const format = oneOf<DocumentFormat>('format', opts.format, DOCUMENT_FORMATS);
  if (format === 'pdf' && opts.out === undefined) throw new Error('a PDF needs --out FILE');
  const config = loadConfig();
  const { db } = await connectGraph(config);
  try {
    const at = new Date();
    const doc = await renderOrderDocument({ db, rules: loadRuleTable(), config }, orderId, { kind, language, format });
    if (doc === undefined) throw new Error(`there is no order ${orderId}`);
    await audit(db, { user: undefined, action: 'order-document', target: `order:${orderId}`, at, detail: { kind: doc.kind, language, format, outcome: 'generated', sha256: doc.sha256, bytes: doc.bytes.length, via: 'command line', osUser: userInfo().username } });
    if (opts.out === undefined) process.stdout.write(doc.bytes);
    else {
      writeFileSync(opts.out, doc.bytes);
      console.error(`${opts.out}: ${doc.kind} (${language}, ${format}), ${doc.bytes.length} bytes, SHA-256 ${doc.sha256}`);
    }
  } finally {
    await db.close();
  }
}

export function registerOrderDocumentCommands(program: Command): void {
  // Other order commands may register `order` too: join it rather than make a second one.
  const order = program.commands.find((c) => c.name() === 'order') ?? program.command('order').description('orders and demands');
  order
    .command('document <orderId>')
    .description("an order's document (removal order, Article 4 copy, CSAM-act order, information demand) from the templates")
    .option('--kind <kind>', `${DOCUMENT_KINDS.join(', ')} (default: the order's own)`)
    .option('--lang <language>', 'nl or en', 'nl')
    .option('--format <format>', 'text or pdf', 'text')
    .option('--out <file>', 'write to this file (default: standard output, text only)')
    .action((orderId: string, opts: DocumentOptions) => writeDocument(orderId, opts));
  order
    .command('templates')
    .description('check the document templates (HOSTCHAIN_DOCUMENT_TEMPLATES or server/orders/documents/templates)')
    .action(() => {
      const dir = templatesDir();
      const problems = checkTemplates(dir);
      if (problems.length > 0) throw new Error(`${problems.length} template(s) refused:\n${problems.join('\n')}`);
      console.log(`${dir}: every template is sound`);
    });
}
