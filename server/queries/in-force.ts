// When a fact edge counts as "in force": now (`$at` null) an open edge; at a moment, an edge first
// seen at or before it and not ended by then. One predicate for every chain read, so the chain of
// today and the chain "as it was on" a date are the same query.
export const inForce = (r: string) =>
  `(CASE WHEN $at IS NULL THEN ${r}.open ELSE ${r}.firstSeen <= datetime($at) AND (${r}.endedAt IS NULL OR ${r}.endedAt > datetime($at)) END)`;
