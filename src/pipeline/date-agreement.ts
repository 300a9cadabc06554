// Whether a record's own publication date and the date the article itself prints agree. A date without a
// time and zone may be read in any time zone, so such dates agree when they are at most one calendar day
// apart; two instants agree when they are less than a day apart.
import { dayDiff, instantOf, parseDate } from '../extract/metadata/dates.js';

/** Calendar days two zone-less dates may differ by and still be one day somewhere on Earth. */
export const DATE_SLACK_DAYS = 1;
/** Two instants (date, time and zone) this far apart or more name different days. */
export const DATE_SLACK_MS = 24 * 60 * 60 * 1000;

/** A warning naming both dates when they disagree; null when they agree or one cannot be read. */
export function dateDisagreement(recordDate: string, articleDate: string): string | null {
  const a = parseDate(recordDate);
  const b = parseDate(articleDate);
  if (!a || !b) return null;
  const ta = instantOf(a);
  const tb = instantOf(b);
  const apart = ta !== null && tb !== null ? Math.abs(ta - tb) >= DATE_SLACK_MS : Math.abs(dayDiff(a, b)) > DATE_SLACK_DAYS;
  if (!apart) return null;
  return `the record's published date (${recordDate}) and the article's own date (${articleDate}) disagree; the record's is kept`;
}
