// Failures of one DNS exchange. Each carries what was received (if anything), because a
// malformed or hostile answer is itself evidence and is recorded as a failed observation.
import type { HostPort } from '../../server/config.ts';

export type DnsErrorCode = 'DNS_TIMEOUT' | 'DNS_MALFORMED' | 'DNS_TOO_LARGE' | 'DNS_TRANSPORT';

export class DnsExchangeError extends Error {
  /** The resolvers asked, in order (the last one gave this failure): the evidence names them. */
  asked: HostPort[] = [];

  constructor(
    readonly code: DnsErrorCode,
    message: string,
    readonly response?: Buffer,
  ) {
    super(message);
  }
}
