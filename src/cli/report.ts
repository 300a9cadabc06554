// A batch's outcome on the terminal: one-line errors on stderr as they happen, "N ok, M failed" at the end.
import type { BatchReport } from '../service/report.js';
import { safeMessage } from './terminal.js';

/** The one-line error of an input, safe for the terminal. */
export const failureLine = (source: string, error: string): string => `dossier: ${safeMessage(source)}: ${safeMessage(error)}`;

/** The summary line, safe for the terminal. */
export const summaryLine = (report: BatchReport): string => safeMessage(report.summary());
