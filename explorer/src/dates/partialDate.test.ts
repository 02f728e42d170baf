import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  describeCoverage,
  describeInterval,
  factInterval,
  formatPartialDate,
  inForce,
  isoDay,
  parsePartialDate,
} from './partialDate';

describe('parsePartialDate', () => {
  it('reads a month as every day of it', () => {
    const may = parsePartialDate('2007-05');
    expect(may?.precision).toBe('month');
    expect(isoDay(may!.start)).toBe('2007-05-01');
    expect(isoDay(may!.end)).toBe('2007-05-31');
  });

  it('reads a year as 1 January to 31 December and a day as itself', () => {
    const year = parsePartialDate('2005')!;
    expect([isoDay(year.start), isoDay(year.end)]).toEqual(['2005-01-01', '2005-12-31']);
    const day = parsePartialDate('2024-02-29')!;
    expect([isoDay(day.start), isoDay(day.end), day.precision]).toEqual(['2024-02-29', '2024-02-29', 'day']);
  });

  it('knows leap years and month lengths', () => {
    expect(isoDay(parsePartialDate('2023-02')!.end)).toBe('2023-02-28');
    expect(isoDay(parsePartialDate('2000-02')!.end)).toBe('2000-02-29');
    expect(isoDay(parsePartialDate('1900-02')!.end)).toBe('1900-02-28');
  });

  it('handles years before 100 without the two-digit-year trap of Date', () => {
    expect(isoDay(parsePartialDate('0050')!.start)).toBe('0050-01-01');
  });

  it.each(['', '07', '2007-5', '2007-13', '2023-02-29', '0000', '2007-05-32', '2007-00', ' 2007', '2007/05'])(
    'refuses %j',
    (text) => expect(parsePartialDate(text)).toBeNull(),
  );
});

describe('intervals of facts', () => {
  it('runs from the start of since to the end of until', () => {
    const { start, end } = factInterval('2005', '2007-05');
    expect([isoDay(start!), isoDay(end!)]).toEqual(['2005-01-01', '2007-05-31']);
  });

  it('leaves missing ends open', () => {
    expect(factInterval(null, null)).toEqual({ start: null, end: null });
    expect(factInterval('2007-05', null).end).toBeNull();
  });

  it('is in force at a date whose interval it overlaps, open ends unbounded', () => {
    expect(inForce('2005', null, '2004')).toBe(false);
    expect(inForce('2005', null, '2005-12-31')).toBe(true);
    expect(inForce(null, null, '1900')).toBe(true);
    // As the API's asOf: `2007` matches a membership until `2007-05`.
    expect(inForce('2001', '2007-05', '2007')).toBe(true);
    expect(inForce('2001', '2007-05', '2007-06')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes each precision in words', () => {
    expect(formatPartialDate('2005')).toBe('2005');
    expect(formatPartialDate('2007-05')).toBe('May 2007');
    expect(formatPartialDate('2024-01-01')).toBe('January 1, 2024');
    expect(formatPartialDate('soon')).toBe('soon');
  });

  it('describes coverage and intervals with visibly open ends', () => {
    expect(describeCoverage('2007-05')).toBe('2007-05-01 – 2007-05-31');
    expect(describeCoverage('2024-01-01')).toBe('2024-01-01');
    expect(describeInterval('2007-05', null)).toBe('since 2007-05');
    expect(describeInterval(null, '2010')).toBe('until 2010');
    expect(describeInterval('2005', '2007')).toBe('2005 – 2007');
    expect(describeInterval(null, null)).toBe('dates unknown');
  });
});

describe('order', () => {
  it('sorts by start, coarser first, undated last', () => {
    const sorted = ['2007-01-01', null, '2007-01', '2006', '2007'].sort(comparePartialDates);
    expect(sorted).toEqual(['2006', '2007', '2007-01', '2007-01-01', null]);
  });
});
