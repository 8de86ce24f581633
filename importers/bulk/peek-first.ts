// A stream whose first item decides how the rest is imported (the header naming the registry, the
// list naming its provider): the first item is read ahead, and handed back in front of the rest.
export async function peekFirst<T>(items: AsyncGenerator<T>): Promise<{ head: T | undefined; all: AsyncGenerator<T> }> {
  const first = await items.next();
  const head = first.done ? undefined : first.value;
  async function* all(): AsyncGenerator<T> {
    if (head !== undefined) yield head;
    yield* items;
  }
  return { head, all: all() };
}
