// The states of names and domains in words, one table for the CLI, the API and the page: an
// investigator reads "does not resolve (NXDOMAIN)", not a code, and never "nothing there" for a
// lookup that simply failed.
export const DNS_STATE_WORDS: Record<string, string> = {
  NXDOMAIN: 'does not resolve: the name does not exist (NXDOMAIN)',
  NODATA: 'has no address record (NODATA): the name exists but gives no address',
  SERVFAIL: 'the lookup failed (SERVFAIL from the resolver): this says nothing about the name, known facts are kept',
  REFUSED: 'the resolver refused the lookup (REFUSED): this says nothing about the name, known facts are kept',
  TIMEOUT: 'the lookup timed out: this says nothing about the name, known facts are kept',
  FAILED: 'the lookup failed: this says nothing about the name, known facts are kept',
};

export const REGISTRY_STATE_WORDS: Record<string, string> = {
  registered: 'registered',
  free: 'free: the registry says it is not registered',
  reserved: 'reserved by the registry: it cannot be registered',
  'pending-restore': 'being restored from the redemption period',
  quarantine: 'in quarantine: deleted and held by the registry; only the last registrar can restore it',
  redemption: 'in the redemption period after deletion: the registrar can still restore it',
  'pending-delete': 'pending deletion by the registry',
  'client-hold': 'on hold by the registrar: it is not published in DNS',
  'server-hold': 'on hold by the registry: it is not published in DNS',
  inactive: 'inactive: registered without name servers',
  'pending-transfer': 'being transferred to another registrar',
  expired: 'expired',
};

export const dnsStateWords = (state: string) => DNS_STATE_WORDS[state] ?? `DNS state ${state}`;
export const registryStateWords = (state: string) => REGISTRY_STATE_WORDS[state] ?? state;
