// Limits of one analysis run (per input), gathered so they can be tuned in one place.

/** Wall-clock budget of one input's analysis, in seconds (--timeout-per-input); past it the input fails with a
 *  one-line error and the worker analysing it is replaced. 0 analyses in-process with no budget. */
export const DEFAULT_TIMEOUT_PER_INPUT_S = 30;

/** Heap cap of the analysis worker (old generation, MB): an input that needs more fails alone (the worker is
 *  replaced) instead of taking the whole process past the 1 GB RSS the product promises. */
export const WORKER_MAX_HEAP_MB = 768;
