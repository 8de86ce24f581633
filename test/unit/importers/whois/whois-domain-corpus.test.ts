// The domain WHOIS parser on a public collection of real answers from some 120 registries
// (likexian/whois-parser testdata, read in place, never committed). Prints the score per field
// and per registry; skips with the reason when the collection is not on this machine.
import { describe, expect, it } from 'vitest';
import { parseWhoisDomain } from '../../../../importers/whois/whois-domain-parse.ts';
import { locateCorpus, readCorpus } from '../../../fixtures/whois-corpus.ts';
import { FIELDS, formatScore, scoreCorpus } from '../../../fixtures/whois-corpus-score.ts';

const corpus = locateCorpus();
const suite = corpus.dir === undefined ? describe.skip : describe;

suite(corpus.dir === undefined ? `WHOIS corpus (skipped: ${corpus.reason})` : 'WHOIS corpus of likexian/whois-parser', () => {
  const answers = corpus.dir === undefined ? [] : readCorpus(corpus.dir);
  const score = scoreCorpus(answers, parseWhoisDomain);
  if (corpus.dir !== undefined) process.stdout.write(`\nWHOIS corpus: ${score.answers} answers from ${score.registries} registries\n${formatScore(score)}\n`);
  if (process.env.HOSTCHAIN_WHOIS_CORPUS_MISSES) for (const m of score.misses) process.stdout.write(`MISS ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}\n`);

  it('reads every answer without a crash', () => {
    expect(score.crashes).toEqual([]);
  });

  it('keeps no labels, sentences or URLs as names', () => {
    expect(score.garbage).toEqual([]);
  });

  for (const f of FIELDS) {
    it(`gets ${f} right for at least 95% of the registries`, () => {
      expect(score.perField[f].registriesRight / score.registries, JSON.stringify(score.misses.filter((m) => m.field === f).slice(0, 20), null, 1)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
