import { describe, expect, test } from 'vitest';
import { consentProblem, exclusionReason, type ConsentRecord } from '../../src/lib/publish';
import { publishOptionsFrom } from '../../src/lib/build-env';
import { consentSchema } from '../../src/schemas/consent';

const now = new Date('2026-11-28T10:00:00+07:00');
const on = { now, includeSamples: true };
const off = { now, includeSamples: false };

describe('exclusionReason', () => {
  test.each([
    ['published, past date', { date: new Date('2026-11-20T09:00:00+07:00') }, on, null],
    ['draft', { draft: true, date: new Date('2026-11-20') }, on, 'draft'],
    ['scheduled in the future', { date: new Date('2026-11-28T10:00:01+07:00') }, on, 'scheduled'],
    ['exactly now is published', { date: now }, on, null],
    ['draft wins over scheduled', { draft: true, date: new Date('2027-01-01') }, on, 'draft'],
    ['sample with samples on', { sample: true, date: new Date('2026-01-01') }, on, null],
    ['sample with samples off', { sample: true, date: new Date('2026-01-01') }, off, 'sample'],
    ['client content with samples off', { sample: false, date: new Date('2026-01-01') }, off, null],
    ['no date (partner)', {}, on, null],
  ] as const)('%s', (_name, entry, opts, expected) => {
    expect(exclusionReason(entry, opts)).toBe(expected);
  });
});

describe('consentProblem', () => {
  const valid: ConsentRecord = { given: true, date: new Date('2026-10-01'), channels: ['situs-web'] };
  test.each<[string, Partial<ConsentRecord>, ReturnType<typeof consentProblem>]>([
    ['valid', {}, null],
    ['withdrawn', { withdrawn: true }, 'withdrawn'],
    ['expired yesterday', { expires: new Date('2026-11-27T00:00:00+07:00') }, 'expired'],
    ['expires later', { expires: new Date('2027-11-27') }, null],
    ['not given', { given: false }, 'not-given'],
    ['signed in the future', { date: new Date('2026-12-01') }, 'not-yet'],
    ['website not among channels', { channels: ['media-cetak'] }, 'channel'],
    ['withdrawn wins over expired', { withdrawn: true, expires: new Date('2020-01-01') }, 'withdrawn'],
  ])('%s', (_name, change, expected) => {
    expect(consentProblem({ ...valid, ...change }, now)).toBe(expected);
  });
});

describe('publishOptionsFrom', () => {
  const real = new Date('2026-11-28T00:00:00Z');
  test.each<[Record<string, string>, boolean, string]>([
    [{}, true, real.toISOString()],
    [{ SITE_SAMPLES: 'false' }, false, real.toISOString()],
    [{ SITE_SAMPLES: 'tidak' }, false, real.toISOString()],
    [{ SITE_SAMPLES: 'true' }, true, real.toISOString()],
    [{ BUILD_NOW: '2027-01-01T00:00:00+07:00' }, true, '2026-12-31T17:00:00.000Z'],
  ])('%j', (env, samples, nowIso) => {
    const opts = publishOptionsFrom(env, real);
    expect(opts.includeSamples).toBe(samples);
    expect(opts.now.toISOString()).toBe(nowIso);
  });
  test('a BUILD_NOW that is not a date is refused with a message', () => {
    expect(() => publishOptionsFrom({ BUILD_NOW: 'besok' })).toThrow(/BUILD_NOW="besok" bukan tanggal/);
  });
});

describe('a consent record as the CMS saves it (date-only values are WIB calendar days), judged by a build on a UTC host', () => {
  /** The record as written in a story file, read by the schema, judged at BUILD_NOW (without a zone: WIB). */
  const judge = (consent: Record<string, unknown>, buildNow: string) => {
    const record = consentSchema.parse({ given: true, channels: ['situs-web'], ...consent });
    return consentProblem(record, publishOptionsFrom({ BUILD_NOW: buildNow }).now);
  };
  test.each([
    ['dated today ("Sekarang"), the 05.17 WIB rebuild', { date: '2026-12-02' }, '2026-12-02T05:17', null],
    ['dated today, just after midnight WIB (still the 1st in UTC)', { date: '2026-12-02' }, '2026-12-02T00:01', null],
    ['dated tomorrow', { date: '2026-12-03' }, '2026-12-02T23:59', 'not-yet'],
    ['expires today, the 05.17 WIB rebuild', { date: '2026-11-01', expires: '2026-12-02' }, '2026-12-02T05:17', null],
    ['expires today, late in the WIB evening', { date: '2026-11-01', expires: '2026-12-02' }, '2026-12-02T23:59', null],
    ['expired yesterday, the 05.17 WIB rebuild', { date: '2026-11-01', expires: '2026-12-01' }, '2026-12-02T05:17', 'expired'],
  ])('%s', (_name, consent, buildNow, expected) => {
    expect(judge(consent, buildNow)).toBe(expected);
  });
});
