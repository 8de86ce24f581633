// The five regional internet registries by the name block keys spell them with ("RIPE 192.0.2.0-…"):
// their names and seats, from the one table of RIRs (importers/registry/rirs.ts).
import { RIRS } from '../../importers/registry/rirs.ts';

export const RIR_NAMES: Readonly<Record<string, { name: string; country: string }>> = Object.fromEntries(RIRS.map((r) => [r.rir, { name: r.name, country: r.country }]));
