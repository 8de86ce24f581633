// Reading single field values the way every bulk file needs them, and the problem items they give.
import { rangeOf, rangeToCidrs } from '../core/ip-key.ts';
import { parseRangeText } from '../registry/registry-network.ts';
import type { LineProblem } from './read-lines.ts';

const ASN = /^(?:AS)?(\d{1,10})$/i;

/** Empty values (`owner-c:    ` in LACNIC's file) count as absent. */
export const present = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** `AS64496`, `as64496` or LACNIC's bare `64496`; undefined past 32 bits (RFC 6793). */
export function parseAsNumber(text: string | undefined): number | undefined {
  const m = ASN.exec((text ?? '').trim());
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n <= 0xffffffff ? n : undefined;
}

export const lineProblem = (line: number, reason: string): LineProblem => ({ kind: 'problem', line, reason });

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** `a - b`, a CIDR or LACNIC's abbreviated `24.232/16`, as canonical ends plus covering CIDRs; throws. */
export function parseBlockRange(text: string): { start: string; end: string; cidrs: string[] } {
  const { start, end } = parseRangeText(text);
  const range = rangeOf(start, end);
  return { start: range.start, end: range.end, cidrs: rangeToCidrs(range.start, range.end) };
}
