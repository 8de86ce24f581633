import { describe, expect, it } from 'vitest';
import { csvField } from '../../../client/src/graph/export.ts';

describe('a CSV export field', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Example, Inc.')).toBe('"Example, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('never lets a WHOIS name become a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+31 20 123')).toBe("'+31 20 123");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes nothing for a missing value', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});
