// Limits on the shape of one request, checked before any resolver runs: the API serves a graph
// that can hold a whole RIR, and one deep or wide query must not tie up the database for everyone.
// Measured against the client's and the tests' own documents: the deepest (addressees with reasons
// and evidence, chain with origins and transit) reach depth 6 and cost under 2,000.
export const QUERY_LIMITS = {
  defaultComplexity: 1,
  // A list costs its items' selection ten times over (the plugin's default guess of a list's size).
  defaultListMultiplier: 10,
  limit: { complexity: 20_000, depth: 10, breadth: 400 },
};
