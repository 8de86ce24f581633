// A long job's garbage must not look like growth. V8 lets the old generation grow to about three
// times what survived the last full collection before collecting again (measured on a 100,000-line
// resolve: 130 MiB live, the heap swelling to 440 MiB between collections, so the peak depended on
// how long the run was rather than on what it held). A growing factor of 1.5 (V8's
// --heap-growing-percent, read at every collection) keeps the peak near what is live, for a few
// more full collections (each well under a second on a heap this size).
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
