// One lookup per question per job. A hotline list holds many URLs on few hosts (the TU Delft
// sample: 2,971 URLs on 188 domains), and registries rate-limit WHOIS to about one query a second:
// asking the registration of one domain once per URL would cost hours and risk a block.
// Concurrent askers of the same question share the one answer in flight.
export class ResolveMemo {
  private readonly answers = new Map<string, Promise<unknown>>();

  once<T>(key: string, ask: () => Promise<T>): Promise<T> {
    let p = this.answers.get(key) as Promise<T> | undefined;
    if (p === undefined) {
      p = ask();
      this.answers.set(key, p);
      // A thrown lookup (a bug or a database error, not a failed answer) may be asked again.
      p.catch(() => this.answers.delete(key));
    }
    return p;
  }

  get size(): number {
    return this.answers.size;
  }
}
