import { describe, expect, it } from 'vitest';
import { FIRST_RECHECK_MS, LONGEST_RECHECK_MS, recheckDelay } from './recheck';

describe('recheckDelay', () => {
  it('asks again soon after the first pending answer', () => {
    expect(recheckDelay(1)).toBe(FIRST_RECHECK_MS);
  });

  it('doubles the wait with every further pending answer', () => {
    expect([1, 2, 3, 4].map(recheckDelay)).toEqual([1_500, 3_000, 6_000, 12_000]);
  });

  it('never waits longer than the longest wait, however long the backlog lasts', () => {
    expect(recheckDelay(5)).toBe(24_000);
    expect(recheckDelay(6)).toBe(LONGEST_RECHECK_MS);
    expect(recheckDelay(1_000)).toBe(LONGEST_RECHECK_MS);
  });

  it('treats a count below one or not a number as the first answer', () => {
    expect(recheckDelay(0)).toBe(FIRST_RECHECK_MS);
    expect(recheckDelay(-3)).toBe(FIRST_RECHECK_MS);
    expect(recheckDelay(Number.NaN)).toBe(FIRST_RECHECK_MS);
  });
});
