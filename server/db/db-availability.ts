// Since when the database has been away, as this process saw it: one record per driver, so a job,
// the API's 503 answer and `health` all name the same moment. Cleared by the first query that works.
export class DbAvailability {
  private downSince: Date | undefined;

  /** How long jobs wait for the database once it went away before they stop as interrupted (neo4j.pauseSeconds). */
  constructor(public maxPauseMs = 60_000) {}

  /** Records the moment the database was first seen away (kept while it stays away) and returns it. */
  markDown(at: Date = new Date()): Date {
    this.downSince ??= at;
    return this.downSince;
  }

  markUp(): void {
    this.downSince = undefined;
  }

  get since(): Date | undefined {
    return this.downSince;
  }
}
