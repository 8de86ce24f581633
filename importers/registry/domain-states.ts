// A registry's status words as the few states that matter to an investigator: is the name
// registered, free, on hold, on its way out (redemption, pending delete, quarantine), moving
// (pending transfer), or registered but not in the zone (inactive). Locks such as
// clientTransferProhibited are not states: they say nothing about whether the name works.
// Sources of the words: EPP (RFC 5731 §2.3: clientHold, serverHold, pendingDelete, pendingTransfer,
// inactive, ok), the RGP extension (RFC 3915 §3.2: redemptionPeriod, pendingRestore), RDAP's
// JSON values for both (RFC 8056 §2: "client hold", "redemption period", "pending delete", …),
// and ccTLD words (.nl "in quarantine"/"inactive", .de "connect", .ru "NOT DELEGATED", .jp "Connected").
export const REGISTRY_STATES = ['registered', 'free', 'quarantine', 'redemption', 'pending-restore', 'pending-delete', 'client-hold', 'server-hold', 'inactive', 'pending-transfer'] as const;
export type RegistryStateWord = (typeof REGISTRY_STATES)[number];

// Compared on the word squeezed to lower-case letters only ("clientHold", "client hold", "CLIENT_HOLD").
const WORDS: [RegExp, RegistryStateWord][] = [
  [/quarantine/, 'quarantine'],
  [/^(redemptionperiod|redemption)$/, 'redemption'],
  [/^pendingrestore$/, 'pending-restore'],
  [/^pendingdelete$/, 'pending-delete'],
  [/^clienthold$/, 'client-hold'],
  [/^(serverhold|onhold|hold)$/, 'server-hold'],
  [/^(inactive|notdelegated|undelegated)$/, 'inactive'],
  [/^pendingtransfer$/, 'pending-transfer'],
];

/** The states a registry's status words state; 'registered' is added by the caller for a record. */
export function statesOfStatusWords(words: readonly string[]): RegistryStateWord[] {
  const out = new Set<RegistryStateWord>();
  for (const w of words.flatMap((s) => s.split(/,\s*/))) {
    const squeezed = w.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z]/g, '');
    for (const [re, state] of WORDS) if (re.test(squeezed)) out.add(state);
  }
  return [...out];
}

/** A record's states: registered unless the registry says the name is out of registration. */
export function statesOfRecord(words: readonly string[]): RegistryStateWord[] {
  const stated = statesOfStatusWords(words);
  // A name in quarantine (.nl, .be, .eu) is deleted and held for the last registrant only.
  return stated.includes('quarantine') ? stated : ['registered', ...stated];
}
