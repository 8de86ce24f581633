// RDAP over HTTP (RFC 9082 queries, RFC 7480 HTTP usage). Global fetch, redirects followed by hand
// so each hop is bounded and recorded (the RIRs redirect queries for other regions), the body read
// with a byte limit so a never-ending answer is cut, and the time bounded per exchange.
export type RdapErrorCode = 'RDAP_TIMEOUT' | 'RDAP_TOO_LARGE' | 'RDAP_TRANSPORT' | 'RDAP_REDIRECTS' | 'RDAP_REFUSED';

export class RdapExchangeError extends Error {
  constructor(
    readonly code: RdapErrorCode,
    message: string,
    readonly partial: Buffer = Buffer.alloc(0),
  ) {
    super(message);
  }
}

export interface RdapExchange {
  /** The URL asked first and every hop after it; the last one answered. */
  urls: string[];
  status: number;
  contentType: string;
  /** Retry-After of a 429, in seconds, when given (RFC 7480 §5.5). */
  retryAfterSeconds: number | undefined;
  body: Buffer;
}

export interface RdapExchangeOptions {
  url: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** Asked before every hop, the first included: why the URL may not be contacted (rdap-url-policy.ts). */
  refusal?: (url: string) => Promise<string | undefined>;
}

// RFC 7480 §4.2: clients SHOULD send this media type in Accept.
const ACCEPT = 'application/rdap+json, application/json;q=0.9';

export async function exchangeRdap(opts: RdapExchangeOptions): Promise<RdapExchange> {
  const urls = [opts.url];
  const signal = AbortSignal.timeout(opts.timeoutMs);
  for (let hop = 0; hop <= (opts.maxRedirects ?? 5); hop += 1) {
    const url = urls[urls.length - 1]!;
    const refused = await opts.refusal?.(url);
    if (refused !== undefined) throw new RdapExchangeError('RDAP_REFUSED', `not contacted: ${url}: ${refused}`);
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: ACCEPT }, redirect: 'manual', signal });
    } catch (err) {
      throw toRdapError(err, url, opts.timeoutMs);
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location !== null) {
      await res.body?.cancel();
      urls.push(new URL(location, url).href);
      continue;
    }
    const body = await readBounded(res, opts, url);
    const retry = Number(res.headers.get('retry-after'));
    return { urls, status: res.status, contentType: res.headers.get('content-type') ?? '', retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : undefined, body };
  }
  throw new RdapExchangeError('RDAP_REDIRECTS', `more than ${opts.maxRedirects ?? 5} redirects: ${urls.join(' → ')}`);
}

async function readBounded(res: Response, opts: RdapExchangeOptions, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (res.body === null) return Buffer.alloc(0);
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > opts.maxBytes) {
        await reader.cancel();
        throw new RdapExchangeError('RDAP_TOO_LARGE', `${url} sent more than ${opts.maxBytes} bytes`, Buffer.concat(chunks));
      }
      chunks.push(Buffer.from(value));
    }
  } catch (err) {
    if (err instanceof RdapExchangeError) throw err;
    const e = toRdapError(err, url, opts.timeoutMs);
    throw new RdapExchangeError(e.code, e.message, Buffer.concat(chunks));
  }
  return Buffer.concat(chunks);
}

function toRdapError(err: unknown, url: string, timeoutMs: number): RdapExchangeError {
  const e = err as Error & { cause?: { message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return new RdapExchangeError('RDAP_TIMEOUT', `${url} did not answer within ${timeoutMs} ms`);
  return new RdapExchangeError('RDAP_TRANSPORT', `${url}: ${e.cause?.message ?? e.message}`);
}
