// `evidencePack(orderId)`: the order's evidence pack as JSON (with its SHA-256) and as the
// printable page made from it.
import { buildEvidencePack, packBytes, packSha256 } from '../../packs/evidence-pack.ts';
import { renderPackHtml } from '../../packs/pack-html.ts';
import { builder } from '../builder.ts';

interface PackFile {
  json: string;
  sha256: string;
  html: string;
  evidenceCount: number;
}

const EvidencePackFile = builder.objectRef<PackFile>('EvidencePackFile').implement({
  description: 'The evidence pack of an order: the same order on the same graph gives the same bytes.',
  fields: (t) => ({
    json: t.exposeString('json', { description: 'the pack (format hostchain-evidence-pack/1)' }),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the JSON bytes, printed on the page' }),
    html: t.exposeString('html', { description: 'the printable page' }),
    evidenceCount: t.exposeInt('evidenceCount'),
  }),
});

builder.queryField('evidencePack', (t) =>
  t.field({
    type: EvidencePackFile,
    nullable: true,
    args: { orderId: t.arg.id({ required: true }) },
    resolve: async (_r, a, ctx) => {
      const pack = await buildEvidencePack(ctx.db, ctx.rules, String(a.orderId));
      if (pack === undefined) return null;
      const bytes = packBytes(pack);
      const sha256 = packSha256(bytes);
      return { json: bytes.toString('utf8'), sha256, html: renderPackHtml(pack, sha256), evidenceCount: pack.evidence.length };
    },
  }),
);
