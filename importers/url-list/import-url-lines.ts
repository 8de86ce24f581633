// The list lines of a job as evidence, many per transaction: each line is a tiny answer, and a
// transaction per line cost more than all the DNS and RDAP writes of the job together
// (measured: 72 ms per line at concurrency 16, most of the resolve bench's time).
import type { ImportDeps, ImportResult } from '../core/run-import.ts';
import { runImport } from '../core/run-import.ts';
import { saveManyEvidenceWithFacts } from '../core/upsert.ts';
import type { Observation, RawEvidence } from '../core/importer.ts';
import { urlImporter, type UrlInput } from './url-importer.ts';

export async function importUrlLines(inputs: UrlInput[], deps: ImportDeps, batchSize = 500): Promise<Map<UrlInput, ImportResult>> {
  const out = new Map<UrlInput, ImportResult>();
  for (let i = 0; i < inputs.length; i += batchSize) {
    const batch: { input: UrlInput; raw: RawEvidence; observations: Observation[] }[] = [];
    for (const input of inputs.slice(i, i + batchSize)) {
      const raw = await urlImporter.fetch(input, deps.io);
      try {
        batch.push({ input, raw, observations: [...urlImporter.parse(raw)] });
      } catch {
        // A line the parser refuses is kept alone, marked failed, the usual way.
        out.set(input, await runImport(urlImporter, input, deps));
      }
    }
    const saved = await saveManyEvidenceWithFacts(deps.db, batch, deps.io.now());
    batch.forEach((b, j) => out.set(b.input, { evidenceId: saved[j]!.evidenceId, status: b.raw.status, ended: saved[j]!.ended, raw: b.raw, observations: b.observations }));
  }
  return out;
}
