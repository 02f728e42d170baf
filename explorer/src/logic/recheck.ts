/**
 * When a page whose answer says "still being checked" asks again: soon after the first such answer
 * (an editor's own new actors are checked within a couple of seconds), then less and less often, so
 * that a bulk load's long backlog does not turn an open tab into a steady stream of reads.
 */
export const FIRST_RECHECK_MS = 1_500;
export const LONGEST_RECHECK_MS = 30_000;

/** The wait before asking again, after `answered` answers in a row that still had pending checks (1, 2, …). */
export function recheckDelay(answered: number): number {
  if (!Number.isFinite(answered) || answered < 1) {
    return FIRST_RECHECK_MS;
  }
  const doublings = Math.min(answered - 1, 16);
  return Math.min(FIRST_RECHECK_MS * 2 ** doublings, LONGEST_RECHECK_MS);
}
