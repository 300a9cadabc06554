// Settings of the batch service.

/** Inputs in flight per worker, so a worker never idles while the main thread reads or stores. Results come out in
 *  input order, so a long input holds the window: with 2 per worker, 2 workers on 1,855 Reuters articles idled
 *  ~5% of their time waiting for it (0.5-0.8 s each), with 4 ~1% (0.1-0.2 s). Each holds one input and its result. */
export const IN_FLIGHT_PER_WORKER = 4;

/** Ingest stores results in groups, one transaction each: a commit (WAL append, FTS5 segment flush) costs more than
 *  a put, and on one thread it holds up every worker (1,855 Reuters analyses: 4.7 s stored one by one, 1.1 s in
 *  groups of 32). Each item keeps its own savepoint, so a failed item never takes its group with it. */
export const STORE_GROUP_SIZE = 32;

/** A group is stored at the latest this long after its first item, so a slow trickle of inputs (URLs) is not held
 *  back and an interrupted run loses little. */
export const STORE_GROUP_MAX_MS = 1000;
