// Settings of the batch service.

/** Inputs in flight per worker: one being analysed and one waiting, so a worker never idles while the main thread
 *  reads or stores; more only holds more inputs in memory. */
export const IN_FLIGHT_PER_WORKER = 2;

/** Ingest stores results in groups, one transaction each: a commit (WAL append, FTS5 segment flush) costs more than
 *  a put, and on one thread it holds up every worker (1,855 Reuters analyses: 4.7 s stored one by one, 1.1 s in
 *  groups of 32). Each item keeps its own savepoint, so a failed item never takes its group with it. */
export const STORE_GROUP_SIZE = 32;

/** A group is stored at the latest this long after its first item, so a slow trickle of inputs (URLs) is not held
 *  back and an interrupted run loses little. */
export const STORE_GROUP_MAX_MS = 1000;
