// Settings of the batch service.

/** Inputs in flight per worker: one being analysed and one waiting, so a worker never idles while the main thread
 *  reads or stores; more only holds more inputs in memory. */
export const IN_FLIGHT_PER_WORKER = 2;
