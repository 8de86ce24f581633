// One lookup per question per job. A hotline list holds many URLs on few hosts (the TU Delft
// sample: 2,971 URLs on 188 domains), and registries rate-limit WHOIS to about one query a second:
// asking the registration of one domain once per URL would cost hours and risk a block.
// Concurrent askers of the same question share the one answer in flight.
// The memo keeps the answers asked most recently, up to `maxAnswers`: a list of 100,000 different
// host names must not keep 100,000 names' answers in memory (issue 15: memory grew with the list).
// Lists come grouped by site, so an answer dropped long ago is rarely asked for again.
export const MEMO_ANSWERS = 5000;

export class ResolveMemo {
  private readonly answers = new Map<string, Promise<unknown>>();

  constructor(private readonly maxAnswers = MEMO_ANSWERS) {}

  once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    let p = this.answers.get(key) as Promise<T> | undefined;
    if (p !== undefined) {
      // Most recently used last: Map keeps insertion order, so the first key is the oldest use.
      this.answers.delete(key);
      this.answers.set(key, p);
      return p;
    }
    p = ask();
    this.answers.set(key, p);
    // A thrown lookup (a bug or a database error, not a failed answer) may be asked again.
    p.catch(() => this.answers.get(key) === p && this.answers.delete(key));
    if (this.answers.size > this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
    return p;
  }

  get size(): number {
    return this.answers.size;
  }
}
