// Per-server concurrency and rate: registries throttle or block clients that query in bulk, and a
// blocked investigator loses a day. One queue per server name.
//
// The rate is a minimum gap between the starts of two queries to the same server (1000 ms / rate),
// not a fixed window: a window lets two queries start a few milliseconds apart across its edge,
// which a registry counting "1 request per second" (SIDN) answers with a refusal.
import PQueue from 'p-queue';
import type { SourceLimits } from '../../server/config.ts';

class StartGap {
  private nextStart = 0;

  constructor(private readonly gapMs: number) {}

  /** Waits until this query may start and books the next start one gap later. */
  async take(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextStart);
    this.nextStart = at + this.gapMs;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}

export class PerServerQueues {
  private readonly queues = new Map<string, { queue: PQueue; gap: StartGap }>();

  constructor(private readonly limits: Pick<SourceLimits, 'concurrency' | 'perSecond'>) {}

  run<T>(server: string, task: () => Promise<T>): Promise<T> {
    let q = this.queues.get(server);
    if (q === undefined) {
      // perSecond may be fractional (one WHOIS query every 2 s = 0.5): the gap widens to match.
      q = { queue: new PQueue({ concurrency: this.limits.concurrency }), gap: new StartGap(1000 / this.limits.perSecond) };
      this.queues.set(server, q);
    }
    const { gap } = q;
    return q.queue.add(async () => {
      await gap.take();
      return task();
    });
  }

  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.queue.onIdle()));
  }
}
