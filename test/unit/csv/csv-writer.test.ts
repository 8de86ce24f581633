import { describe, expect, it } from 'vitest';
import { hosterCsv } from '../../../server/cli/report.ts';
import { csvText } from '../../../server/csv/csv-writer.ts';
import type { HosterReport } from '../../../server/reports/hoster-report.ts';

describe('the one CSV writer', () => {
  it('writes CRLF rows with quoted fields, and numbers as numbers', () => {
    expect(csvText([['a', 'b, c'], [-3, 0.25]])).toBe('a,"b, c"\r\n-3,0.25\r\n');
  });

  it('writes a registrant named like a formula as text in the hoster report CSV (hostchain report hosters --format csv)', () => {
    const row = {
      rank: 1, party: { name: '=HYPERLINK("http://evil.example","click")', key: '@RIPE:ORG-X', country: '+1' }, urls: 3, shareOfUrls: 0.5, domains: 1, cases: 1, notices: 3,
      removedWithin24h: 0, onlineAfter48h: 3, medianRemovalHours: null, p90RemovalHours: null, urlReuploads: 0, domainReuploads: 0, domainsMovedAway: 0, domainsReceived: 0,
      orders: { received: 0, late: 0, notComplied: 0 },
    };
    const [, line] = hosterCsv({ rows: [row] } as unknown as HosterReport).split('\r\n');
    expect(line).toBe(`1,"'=HYPERLINK(""http://evil.example"",""click"")",'@RIPE:ORG-X,'+1,3,0.5000,1,1,3,0,3,–,–,0,0,0,0,0,0,0`);
  });
});
