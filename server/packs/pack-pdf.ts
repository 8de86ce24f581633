// The printable page of an evidence pack as a PDF, rendered by headless Chromium (Debian's
// /usr/bin/chromium, or HOSTCHAIN_CHROMIUM). The page is rendered with JavaScript off and every
// network request refused: it is built from hostile WHOIS/RDAP text and must reach nothing.
// Chromium stamps the render time into the PDF; both dates are set to the order's drafting time,
// so the same order gives the same bytes.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  const p = env.HOSTCHAIN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium is needed for PDF evidence packs and was not found at ${p}: install it (apt-get install chromium) or set HOSTCHAIN_CHROMIUM`);
  return p;
}

/** PDF date of an ISO time: D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}+00'00'`;
}

export async function renderPackPdf(html: string, stampedAt: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    const date = pdfDate(stampedAt);
    // Same length in, same length out: the cross-reference offsets stay valid.
    const fixed = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:\d{14}[+\-Z][^)]*\)/g, (_m, key: string) => `/${key} (${date})`);
    return Buffer.from(fixed, 'latin1');
  } finally {
    await browser.close();
  }
}
