// The server's follow-up schedule: one round every followUp.intervalMinutes (the first one interval
// after start, so a restart does not ask every open order's names at once). Rounds never overlap:
// a round still running when the next is due makes that one wait for the following tick.
import { runFollowUpRound, type FollowUpDeps, type FollowUpRound } from './follow-up-round.ts';

export interface FollowUpSchedule {
  /** Stops the timer and waits for a round in flight. */
  stop(): Promise<void>;
}

export function startFollowUpSchedule(deps: FollowUpDeps, intervalMinutes: number, log: (msg: string) => void): FollowUpSchedule {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running !== undefined) return;
    running = runFollowUpRound(deps)
      .then((r: FollowUpRound) => {
        if (r.orders > 0) log(`follow-up ${r.at}: ${r.orders} open orders, ${r.urls} URLs, ${r.answered} answered, ${r.notAnswered.length} not answered, ${r.findings.length} findings`);
      })
      // A round that fails (the database away, say) is logged and tried again at the next tick.
      .catch((err: Error) => log(`follow-up round failed: ${err.message}`))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
