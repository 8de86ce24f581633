// What a moment typed by a person means, for `hostchain chain --at` and the page's "As it was on":
// a bare date is the end of that day in UTC (the facts of that whole day count), anything else an
// ISO 8601 time as written. One rule, so the CLI and the page read the same chain for the same words.
export function atMomentText(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T23:59:59.999Z` : text;
}
