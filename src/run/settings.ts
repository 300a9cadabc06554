// Limits of one analysis run (per input), gathered so they can be tuned in one place.

/** Wall-clock budget of one input's analysis, in seconds (--timeout-per-input); past it the input fails with a
 *  one-line error and the worker analysing it is replaced. 0 analyses in-process with no budget. */
export const DEFAULT_TIMEOUT_PER_INPUT_S = 30;

/** Heap cap of the analysis worker (old generation, MB): an input that needs more fails alone (the worker is
 *  replaced) instead of taking the whole process past the 1 GB RSS the product promises. */
export const WORKER_MAX_HEAP_MB = 768;

/** Inputs handed to one worker at a time: the one it analyses and those queued behind it in the worker. The main thread
 *  stores results in groups (a group of 32 Reuters articles holds it ~70 ms, stories included); a worker that had to
 *  wait for the main thread to send each input sat idle through every group. Ingest of 2,000 Reuters records
 *  (`npx tsx bench/ingest.ts J 2000`): --jobs 1 11.4–11.8 → 9.4–9.6 s, --jobs 2 10.0–10.1 → 9.0–9.2 s; a depth of 8
 *  kept less of the gain, 32 no more (BENCHMARKS.md). */
export const WORKER_QUEUE_DEPTH = 16;
