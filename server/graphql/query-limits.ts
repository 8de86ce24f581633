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

// What one request may cost, in the units of root-field-access.ts (an ordinary read is 1; a
// search, a walk or a report more). Nobody signed in may call only what signing in needs, each
// field once, so one anonymous request is at most a few units.
export const REQUEST_COST_LIMIT = { anonymous: 12, signedIn: 120 };

// Per-client buckets (access/client-budget.ts). A signed-in investigator clicking through the
// page spends a few units a second; a script with a token can sustain 40 units a second. An
// address with nobody signed in gets enough for sign-in attempts and health checks.
export const CLIENT_BUDGETS = {
  anonymous: { capacity: 100, perSecond: 3 },
  signedIn: { capacity: 600, perSecond: 40 },
};
