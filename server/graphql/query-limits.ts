// Limits on the shape of one request, checked before any resolver runs: the API serves a graph
// that can hold a whole RIR, and one deep or wide query must not tie up the database for everyone.
// Set so that GraphiQL's introspection and the deepest ordinary query (a page of cases with every
// order's URLs and events) pass, and eight such fan-outs in one request or 150 aliased fields do
// not (test/graph/graphql/query-limits.test.ts).
export const QUERY_LIMITS = {
  defaultComplexity: 1,
  // A list costs its items' selection ten times over (the plugin's default guess of a list's size).
  defaultListMultiplier: 10,
  limit: { complexity: 20_000, depth: 10, breadth: 400 },
};
