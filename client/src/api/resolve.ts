// Starting a case: URLs in, a resolve job out, and its progress.
import { requestGraphQL } from './graphql.ts';
import type * as S from './schema-types.ts';

// The parts of the schema's types (schema-types.ts, generated from the SDL) that JOB asks for.
export type ResolveJob = Pick<S.ResolveJob, 'id' | 'state' | 'total' | 'done' | 'failed' | 'skipped' | 'withAddress' | 'noAddress' | 'withFailedLookups' | 'perSecond' | 'etaSeconds' | 'lastError' | 'finishedAt' | 'databaseUnavailableSince' | 'notAsked'> & {
  noAddressByState: Pick<S.NoAddressCount, 'state' | 'count'>[];
};

export type RejectedLine = Pick<S.RejectedLine, 'line' | 'input' | 'reason'>;

const JOB = 'id state total done failed skipped withAddress noAddress noAddressByState { state count } withFailedLookups perSecond etaSeconds lastError finishedAt databaseUnavailableSince notAsked';

/** `freshHours` > 0 skips URLs fully resolved within that many hours (the CLI's --fresh-hours); 0 asks all again. */
export async function startResolve(urls: string[], caseName: string | null, freshHours = 0): Promise<{ job: ResolveJob; rejected: RejectedLine[] }> {
  const q = `mutation($u: [String!]!, $c: String, $h: Float) { startResolve(urls: $u, caseName: $c, freshHours: $h) { job { ${JOB} } rejected { line input reason } } }`;
  return (await requestGraphQL<{ startResolve: { job: ResolveJob; rejected: RejectedLine[] } }>(q, { u: urls, c: caseName, h: freshHours })).startResolve;
}

/** A new job for what an interrupted one left (null when the server no longer knows it). */
export async function resumeResolve(id: string): Promise<ResolveJob | null> {
  return (await requestGraphQL<{ resumeResolve: ResolveJob | null }>(`mutation($id: ID!) { resumeResolve(id: $id) { ${JOB} } }`, { id })).resumeResolve;
}

export async function fetchResolveJob(id: string): Promise<ResolveJob | null> {
  return (await requestGraphQL<{ resolveJob: ResolveJob | null }>(`query($id: ID!) { resolveJob(id: $id) { ${JOB} } }`, { id })).resolveJob;
}

/** Server-sent events of the job (the cookie rides along); each event is a nudge to read the job again. */
export function watchResolveJob(id: string, onEvent: () => void): () => void {
  const query = `subscription($id: ID!) { resolveJobProgress(id: $id) { id done } }`;
  const url = `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
  const source = new EventSource(url, { withCredentials: true });
  source.addEventListener('next', onEvent);
  source.addEventListener('complete', () => source.close());
  source.onerror = () => source.close();
  return () => source.close();
}
