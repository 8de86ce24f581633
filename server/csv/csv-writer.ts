// The one CSV writer of the project (the CLI's reports and the page's exports): RFC 4180 fields,
// and no cell a spreadsheet would run. Registry and WHOIS text is hostile input: a registrant
// named `=HYPERLINK("http://…")` must arrive as text. OWASP's advice on CSV injection: a cell
// that starts with =, +, -, @, a tab or a carriage return is prefixed with a single quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted when it holds a comma, quote or line break; a formula start neutralised. */
export function csvField(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  // Plain numbers (a negative count, a share) are data, not formulas: left as they are.
  if (FORMULA_START.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends (RFC 4180), every field through csvField. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
