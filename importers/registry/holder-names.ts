// Which text names a block's holder when the registry gives no organisation object. APNIC, KRNIC
// and legacy RIPE blocks carry the holder only in `descr:` (the first line is the name, the rest
// describes the network: "DACOM Corp." / "Facility-based Telecommunication Service Provider").
import type { HolderNameSource, RegistryParty } from './registry-network.ts';

/** The first non-empty line of a (possibly multi-line, possibly repeated) descr. */
export function firstDescrLine(descr: string | undefined): string | undefined {
  return (descr ?? '').split('\n').map((l) => l.trim()).find((l) => l !== '');
}

export interface HolderTexts {
  /** The `org:` handle. */
  org?: string | undefined;
  /** The organisation object's `org-name:`, when the answer holds it. */
  orgName?: string | undefined;
  /** LACNIC `owner:` and `ownerid:`. */
  owner?: string | undefined;
  ownerId?: string | undefined;
  descr?: string | undefined;
  country?: string | undefined;
}

/** The holder by the order of issue 13: org/org-name first, else owner (LACNIC), else descr's first line. */
export function rpslHolder(t: HolderTexts): RegistryParty | undefined {
  const descr = firstDescrLine(t.descr);
  const named = (name: string | undefined, nameFrom: HolderNameSource | undefined) => ({ name, nameFrom: name === undefined ? undefined : nameFrom });
  if (t.org !== undefined) return { handle: t.org, country: t.country, ...(t.orgName !== undefined ? named(t.orgName, 'org-name') : named(descr, 'descr')) };
  if (t.owner !== undefined) return { handle: t.ownerId, country: t.country, ...named(t.owner, 'owner') };
  if (descr !== undefined) return { country: t.country, ...named(descr, 'descr') };
  return undefined;
}
