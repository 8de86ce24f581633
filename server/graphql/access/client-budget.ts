// Per-client budgets of API work: each client (a signed-in user, or an address when nobody is
// signed in) has a bucket of cost units that refills at a steady rate, and every request takes the
// cost of its root calls (root-field-access.ts) from it. One client flooding the API then waits
// for its own bucket instead of slowing everyone else (issue 15: 190 aliased calls, 8 in parallel,
// took a signed-in user from 160 ms to seconds). Kept in the server's memory, one per server.

export interface BudgetLimits {
  /** Units a client may spend at once. */
  capacity: number;
  /** Units given back per second. */
  perSecond: number;
}

interface Bucket {
  units: number;
  atMs: number;
  /** Refused since its last success: only the first refusal of a dry spell is worth an audit entry. */
  dry: boolean;
}

export type BudgetAnswer = { ok: true } | { ok: false; retryAfterSeconds: number; firstRefusal: boolean };

// Full buckets carry no information; they are dropped once the map grows past this.
const PRUNE_AT = 10_000;

export class ClientBudgets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limitsFor: (client: string) => BudgetLimits) {}

  /** Takes `cost` units from the client's bucket, or says how long until it holds that many. */
  take(client: string, cost: number, now: Date): BudgetAnswer {
    const limits = this.limitsFor(client);
    const nowMs = now.getTime();
    const b = this.buckets.get(client) ?? { units: limits.capacity, atMs: nowMs, dry: false };
    b.units = Math.min(limits.capacity, b.units + (Math.max(0, nowMs - b.atMs) / 1000) * limits.perSecond);
    b.atMs = nowMs;
    if (b.units < cost) {
      const firstRefusal = !b.dry;
      b.dry = true;
      this.buckets.set(client, b);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - b.units) / limits.perSecond)), firstRefusal };
    }
    b.units -= cost;
    b.dry = false;
    this.buckets.set(client, b);
    if (this.buckets.size > PRUNE_AT) this.prune(nowMs);
    return { ok: true };
  }

  private prune(nowMs: number): void {
    for (const [client, b] of this.buckets) {
      const limits = this.limitsFor(client);
      if (b.units + ((nowMs - b.atMs) / 1000) * limits.perSecond >= limits.capacity) this.buckets.delete(client);
    }
  }
}
