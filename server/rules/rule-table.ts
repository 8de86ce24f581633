// The addressee rules as data (addressee-rules.json): loaded and checked against the fixed
// vocabulary of conditions and addressees, so a mistyped word in an edited table is refused by
// rule id and field instead of silently never matching.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CONDITIONS = ['behind-cdn', 'hoster-known', 'hoster-unknown', 'hoster-presumed', 'hoster-outside-eu', 'hoster-unresponsive', 'domain-dedicated', 'chain-ended', 'addressee-in-other-member-state'] as const;
export const TARGETS = ['cdn', 'hoster', 'most-specific-holder', 'next-up', 'next-up-in-eu', 'registrar'] as const;
export const INSTRUMENTS = ['removal-order', 'information-demand', 'registrar-request'] as const;
export const FLAGS = ['no-eu-representative', 'notify-member-state', 'last-known-chain'] as const;

export type Condition = (typeof CONDITIONS)[number];
export type Target = (typeof TARGETS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type Flag = (typeof FLAGS)[number];

const condition = z.string().refine((c) => (CONDITIONS as readonly string[]).includes(c.replace(/^not /, '')), { message: `unknown condition; known: ${CONDITIONS.join(', ')} (each may start with "not ")` });

const proposalRule = z.object({ id: z.string().min(1), when: z.array(condition).min(1), instrument: z.enum(INSTRUMENTS), to: z.enum(TARGETS), reason: z.string().min(1), legalBasis: z.string().optional() }).strict();
const flagRule = z.object({ id: z.string().min(1), when: z.array(condition).min(1), flag: z.enum(FLAGS), reason: z.string().min(1) }).strict();

const table = z.object({
  description: z.string(),
  materials: z.object({ terrorist: z.object({ deadlineHours: z.number().positive(), legalBasis: z.string() }), csam: z.object({ deadlineHours: z.number().positive(), legalBasis: z.string() }) }),
  rules: z.array(z.union([proposalRule, flagRule])).min(1),
});

export type RuleTable = z.infer<typeof table>;
export type ProposalRule = z.infer<typeof proposalRule>;
export type FlagRule = z.infer<typeof flagRule>;
export type Material = keyof RuleTable['materials'];

export const isFlagRule = (r: ProposalRule | FlagRule): r is FlagRule => 'flag' in r;

export const DEFAULT_RULES_FILE = path.join(import.meta.dirname, 'addressee-rules.json');

export function parseRuleTable(json: unknown, source = 'addressee rules'): RuleTable {
  const parsed = table.safeParse(json);
  if (!parsed.success) {
    const where = (p: PropertyKey[]) => {
      const i = p[0] === 'rules' && typeof p[1] === 'number' ? (json as { rules?: { id?: string }[] }).rules?.[p[1]]?.id : undefined;
      return i === undefined ? p.join('.') : `rule "${i}" ${p.slice(2).join('.')}`;
    };
    throw new Error(`${source}: ${parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`).join('; ')}`);
  }
  const ids = parsed.data.rules.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw new Error(`${source}: rule id "${dup}" appears twice`);
  return parsed.data;
}

export function loadRuleTable(file = DEFAULT_RULES_FILE): RuleTable {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  return parseRuleTable(json, file);
}
