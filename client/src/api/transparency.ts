// The yearly transparency figures (issue 16): each section's sentences and figures, and the same
// report as CSV and JSON for download.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

export type TransparencyFigure = Pick<S.TransparencyFigure, 'figure' | 'words' | 'count'>;
export type TransparencySection = Pick<S.TransparencySection, 'key' | 'title' | 'sentences'> & { figures: TransparencyFigure[] };
export type TransparencyReport = Pick<S.TransparencyReport, 'year' | 'from' | 'to' | 'asOf' | 'urlsAssessed' | 'csv' | 'json'> & { sections: TransparencySection[] };

export async function fetchTransparencyReport(year: number): Promise<TransparencyReport> {
  const q = 'query($y: Int!) { transparencyReport(year: $y) { year from to asOf urlsAssessed csv json sections { key title sentences figures { figure words count } } } }';
  return (await requestGraphQL<{ transparencyReport: TransparencyReport }>(q, { y: year })).transparencyReport;
}
