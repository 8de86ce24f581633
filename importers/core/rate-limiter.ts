// Per-server concurrency and rate: registries throttle or block clients that query in bulk, and a
// blocked investigator loses a day. One queue per server name.
import PQueue from 'p-queue';
import type { SourceLimits } from '../../server/config.ts';

export class PerServerQueues {
  private readonly queues = new Map<string, PQueue>();

  constructor(private readonly limits: Pick<SourceLimits, 'concurrency' | 'perSecond'>) {}

  run<T>(server: string, task: () => Promise<T>): Promise<T> {
    let q = this.queues.get(server);
    if (q === undefined) {
      // perSecond may be fractional (one WHOIS query every 2 s = 0.5): widen the interval instead.
      const intervalCap = Math.max(1, Math.floor(this.limits.perSecond));
      const interval = Math.round((1000 * intervalCap) / this.limits.perSecond);
      q = new PQueue({ concurrency: this.limits.concurrency, intervalCap, interval });
      this.queues.set(server, q);
    }
    return q.add(task);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.onIdle()));
  }
}
