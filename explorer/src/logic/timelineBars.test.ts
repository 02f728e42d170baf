import { describe, expect, it } from 'vitest';
import { isoDay } from '../dates/partialDate';
import { axisFor, barRows, factLabel, roleWords, type DatedFact } from './timelineBars';

const csto = { id: '16', name: 'Collective Security Treaty Organization', handle: 'csto' };
const sco = { id: '17', name: 'Shanghai Cooperation Organisation', handle: 'sco' };
const today = new Date(Date.UTC(2025, 5, 30));

const iran: DatedFact[] = [
  { id: 'm1', role: 'INVITED', since: '2007-05', counterpart: csto },
  { id: 'm2', role: 'OBSERVER', since: '2005', counterpart: sco },
  { id: 'm3', role: 'INVITED', since: '2006', counterpart: sco },
  { id: 'm4', role: 'MEMBER', counterpart: sco },
];

describe('labels', () => {
  it('says the role and the interval as the API writes it', () => {
    expect(factLabel({ role: 'INVITED', since: '2007-05' })).toBe('invited, since 2007-05');
    expect(factLabel({ role: 'MEMBER', since: '1992', until: '1999-04' })).toBe('member, 1992 – 1999-04');
    expect(factLabel({ role: 'MEMBER', until: '2012' })).toBe('member, until 2012');
    expect(factLabel({ role: 'MEMBER' })).toBe('member, dates unknown');
  });

  it('turns enum roles into words and keeps titles', () => {
    expect(roleWords('DIALOGUE_PARTNER')).toBe('dialogue partner');
    expect(roleWords('Secretary General')).toBe('Secretary General');
  });
});

describe('axis', () => {
  it('starts before the earliest date and ends today', () => {
    const axis = axisFor(iran, today);
    expect(new Date(axis.start * 86_400_000).getUTCFullYear()).toBe(2003);
    expect(isoDay(axis.end)).toBe('2026-01-01');
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
    expect(axis.ticks.length).toBeLessThanOrEqual(12);
    expect(axis.ticks.every((t, i, all) => i === 0 || t.at > all[i - 1]!.at)).toBe(true);
  });

  it('shows the last ten years when nothing is dated', () => {
    const axis = axisFor([{ id: 'x', role: 'MEMBER', counterpart: sco }], today);
    expect(new Date(axis.start * 86_400_000).getUTCFullYear()).toBe(2015);
  });
});

describe('bars', () => {
  const axis = axisFor(iran, today);
  const rows = barRows(iran, axis);

  it('makes one row per organization and role', () => {
    expect(rows.map((r) => `${r.counterpart.handle} ${r.role}`)).toEqual([
      'csto INVITED',
      'sco OBSERVER',
      'sco INVITED',
      'sco MEMBER',
    ]);
  });

  it('draws a month as the whole month and leaves an unknown end open', () => {
    const invited = rows[0]!.bars[0]!;
    expect(invited.label).toBe('invited, since 2007-05');
    expect(invited.openStart).toBe(false);
    expect(invited.openEnd).toBe(true);
    expect(invited.span.to).toBe(1);
    const may = invited.sinceSpan!;
    const days = (axis.end - axis.start) * (may.to - may.from);
    expect(Math.round(days)).toBe(31);
    expect(invited.span.from).toBe(may.from);
  });

  it('runs an undated fact across the whole axis, open at both ends', () => {
    const member = rows[3]!.bars[0]!;
    expect(member).toMatchObject({ openStart: true, openEnd: true, span: { from: 0, to: 1 }, sinceSpan: null });
  });

  it('keeps two intervals of the same role in one row', () => {
    const facts: DatedFact[] = [
      { id: 'a', role: 'MEMBER', since: '1992', until: '1999', counterpart: csto },
      { id: 'b', role: 'MEMBER', since: '2006', until: '2012', counterpart: csto },
    ];
    const twice = barRows(facts, axisFor(facts, today));
    expect(twice).toHaveLength(1);
    expect(twice[0]!.bars.map((b) => b.label)).toEqual(['member, 1992 – 1999', 'member, 2006 – 2012']);
    expect(twice[0]!.bars[0]!.span.to).toBeLessThan(twice[0]!.bars[1]!.span.from);
  });
});
