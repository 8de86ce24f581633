// The holder of an origin AS over RDAP (IANA's asn bootstrap names the RIR; `autnum/<n>`), asked
// once per AS per job: roles v2 compare it with the holders of the blocks the AS announces (a
// self-announced allocation, or leased space announced by another organisation's AS).
import { runImport, type ImportDeps, type ImportResult } from '../core/run-import.ts';
import type { Observation } from '../core/importer.ts';
import { rdapImporter } from '../rdap/rdap-importer.ts';

/** Undefined when no RDAP service covers the AS (no question is asked, nothing is written). */
export async function resolveAsHolder(asn: number, deps: ImportDeps): Promise<ImportResult | undefined> {
  let base: string | undefined;
  try {
    base = deps.io.rdap.bootstrap.baseUrlForAsn(asn);
  } catch {
    // No usable bootstrap: the block walk says so already; the AS is not asked.
    return undefined;
  }
  if (base === undefined) return undefined;
  return runImport(rdapImporter, { url: `${base}autnum/${asn}`, kind: 'autnum', asn, bootstrap: deps.io.rdap.bootstrap.describe('asn') }, deps);
}

/** The origin ASes an import stated (Team Cymru's ORIGINATED_BY facts). */
export function originAsnsOf(observations: Observation[]): number[] {
  const asns = observations.flatMap((o) => o.facts.flatMap((f) => (f.kind === 'rel' && f.type === 'ORIGINATED_BY' && f.to.label === 'AutonomousSystem' ? [Number(f.to.key.number)] : [])));
  return [...new Set(asns)];
}

/** The origin ASes of bulk route keys ("<prefix> AS<n>"). */
export function asnsOfRouteKeys(keys: string[]): number[] {
  return [...new Set(keys.flatMap((k) => { const m = /AS(\d+)$/.exec(k); return m ? [Number(m[1])] : []; }))];
}
