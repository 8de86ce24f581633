// Failures of one DNS exchange. Each carries what was received (if anything), because a
// malformed or hostile answer is itself evidence and is recorded as a failed observation.
export type DnsErrorCode = 'DNS_TIMEOUT' | 'DNS_MALFORMED' | 'DNS_TOO_LARGE' | 'DNS_TRANSPORT';

export class DnsExchangeError extends Error {
  constructor(
    readonly code: DnsErrorCode,
    message: string,
    readonly response?: Buffer,
  ) {
    super(message);
  }
}
