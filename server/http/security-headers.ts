// Headers for every page we serve. WHOIS, RDAP and DNS text is hostile input and the browser must
// never fetch anything from elsewhere (that could be the reported material itself), so the
// client runs under a strict Content-Security-Policy with only its own assets.
const CLIENT_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'self'",
};

/** The client's policy with some directives changed or added (GraphiQL's inline page). */
export function cspWith(changes: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CLIENT_DIRECTIVES, ...changes }).map(([k, v]) => `${k} ${v}`).join('; ');
}

export const CLIENT_CSP = cspWith();

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
