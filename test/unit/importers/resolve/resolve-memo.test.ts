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
});
