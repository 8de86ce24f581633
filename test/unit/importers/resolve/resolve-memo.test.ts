import { describe, expect, it } from 'vitest';
import { ResolveMemo } from '../../../../importers/resolve/resolve-memo.ts';

describe('one lookup per question per job', () => {
  it('gives concurrent askers of one question the one answer in flight', async () => {
    const memo = new ResolveMemo();
    let asked = 0;
    const ask = () => new Promise<number>((r) => setTimeout(() => r(++asked), 10));
    const answers = await Promise.all([memo.once('reg|example.nl', ask), memo.once('reg|example.nl', ask), memo.once('reg|other.nl', ask)]);
    expect(answers[0]).toBe(answers[1]);
    expect(asked).toBe(2);
  });

  it('asks again after a lookup threw', async () => {
    const memo = new ResolveMemo();
    await expect(memo.once('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo.once('k', () => Promise.resolve('ok'))).toBe('ok');
  });

  it('keeps the answers asked most recently up to its bound, so a list of many names does not keep them all', async () => {
    const memo = new ResolveMemo(2);
    const asked: string[] = [];
    const ask = (k: string) => memo.once(k, async () => (asked.push(k), k));
    for (const k of ['a.example', 'b.example', 'a.example', 'c.example', 'a.example', 'b.example']) await ask(k);
    // b was the least recently used when c came in, so only b is asked a second time.
    expect(asked).toEqual(['a.example', 'b.example', 'c.example', 'b.example']);
    expect(memo.size).toBe(2);
  });
});
