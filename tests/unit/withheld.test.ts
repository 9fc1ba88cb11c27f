import { describe, expect, test } from 'vitest';
import {
  leftOutBeforeSchema,
  nextDecisionChange,
  shownPhoto,
  unpublishedMessage,
  unpublishedReason,
  withoutHiddenFace,
  type GuardedData,
  type UnpublishedReason,
} from '../../src/lib/withheld';

const now = new Date('2026-11-28T10:00:00+07:00');
const on = { now, includeSamples: true };
const off = { now, includeSamples: false };
const photo = { src: '__ASTRO_IMAGE_./images/x.jpg', alt: 'x' };
const consent = { given: true, date: new Date('2026-10-01'), channels: ['situs-web' as const] };
const story = (change: Partial<GuardedData> = {}): GuardedData => ({ date: new Date('2026-11-01'), photo, showFace: true, consent, ...change });
const news = (change: Partial<GuardedData> = {}): GuardedData => ({ date: new Date('2026-11-01'), cover: photo, ...change });

describe('unpublishedReason: stories are left out whole without valid consent', () => {
  test.each<[string, GuardedData, typeof on, UnpublishedReason]>([
    ['published, face may be shown', story(), on, null],
    ['face may not be shown: published (the photo alone is removed)', story({ showFace: false }), on, null],
    ['consent withdrawn', story({ consent: { ...consent, withdrawn: true } }), on, 'consent:withdrawn'],
    ['consent expired', story({ consent: { ...consent, expires: new Date('2026-11-27') } }), on, 'consent:expired'],
    ['consent dated later than now', story({ consent: { ...consent, date: new Date('2026-11-29') } }), on, 'consent:not-yet'],
    ['consent not for the website', story({ consent: { ...consent, channels: ['media-cetak'] } }), on, 'consent:channel'],
    ['no consent record at all', story({ consent: undefined }), on, 'consent:missing'],
    ['draft', story({ draft: true }), on, 'draft'],
    ['scheduled', story({ date: new Date('2026-12-01') }), on, 'scheduled'],
    ['sample with samples off', story({ sample: true }), off, 'sample'],
  ])('%s', (_name, data, opts, expected) => {
    expect(unpublishedReason('stories', data, opts)).toBe(expected);
  });
});

describe('unpublishedReason: news, partners and programs', () => {
  test.each<[string, 'news' | 'partners' | 'programs', GuardedData, typeof on, UnpublishedReason]>([
    ['published news', 'news', news(), on, null],
    ['draft news', 'news', news({ draft: true }), on, 'draft'],
    ['scheduled news, one second ahead', 'news', news({ date: new Date('2026-11-28T10:00:01+07:00') }), on, 'scheduled'],
    ['sample news with samples off', 'news', news({ sample: true }), off, 'sample'],
    ['sample partner with samples off', 'partners', { sample: true }, off, 'sample'],
    ['partner without consent is not a story', 'partners', {}, on, null],
    ['program', 'programs', { sample: true }, on, null],
  ])('%s', (_name, collection, data, opts, expected) => {
    expect(unpublishedReason(collection, data, opts)).toBe(expected);
  });
});

describe('withoutHiddenFace', () => {
  test('drops only the photo of a story whose face may not be shown, leaves the input untouched', () => {
    const data = story({ showFace: false });
    const result = withoutHiddenFace('stories', data);
    expect(result).not.toHaveProperty('photo');
    expect(result).toMatchObject({ showFace: false, consent });
    expect(data.photo).toBe(photo);
  });
  test.each<[string, 'stories' | 'news', GuardedData]>([
    ['face may be shown', 'stories', story()],
    ['news cover', 'news', news({ showFace: false })],
  ])('keeps the same object: %s', (_n, collection, data) => {
    expect(withoutHiddenFace(collection, data)).toBe(data);
  });
});

describe('unpublishedMessage: the build log says why, in WIB', () => {
  test.each<[Exclude<UnpublishedReason, null>, GuardedData, RegExp]>([
    ['scheduled', { date: new Date('2027-01-01T09:00:00+07:00') }, /dijadwalkan terbit 1 Januari 2027, 09\.00 WIB/],
    ['consent:withdrawn', {}, /persetujuan telah ditarik/],
    ['consent:missing', {}, /tidak ada catatan persetujuan/],
    ['draft', {}, /draf/],
  ])('%s', (reason, data, expected) => {
    expect(unpublishedMessage(reason, data)).toMatch(expected);
  });
});

describe('shownPhoto', () => {
  test.each([
    [{ photo, showFace: true }, photo],
    [{ photo, showFace: false }, undefined],
    [{ photo }, undefined],
  ])('%j', (data, expected) => {
    expect(shownPhoto(data)).toBe(expected);
  });
});

describe('nextDecisionChange: when the dev server must judge an entry again', () => {
  test.each<[string, 'news' | 'stories', GuardedData, string | null]>([
    ['published news: nothing changes', 'news', news(), null],
    ['scheduled news: its publish time', 'news', news({ date: new Date('2026-11-28T12:00:00+07:00') }), '2026-11-28T05:00:00.000Z'],
    ['story with consent dated later', 'stories', story({ consent: { ...consent, date: new Date('2026-11-29T00:00:00+07:00') } }), '2026-11-28T17:00:00.000Z'],
    [
      'story whose consent expires: just after the last moment',
      'stories',
      story({ consent: { ...consent, expires: new Date('2026-11-30T23:59:59.999+07:00') } }),
      '2026-11-30T17:00:00.000Z',
    ],
    [
      'the earliest of several',
      'stories',
      story({ date: new Date('2026-12-05T00:00:00+07:00'), consent: { ...consent, expires: new Date('2026-12-01T00:00:00+07:00') } }),
      '2026-11-30T17:00:00.001Z',
    ],
    ['expired already: nothing changes any more', 'stories', story({ consent: { ...consent, expires: new Date('2026-11-01') } }), null],
    ['news carries no consent', 'news', news({ consent: { ...consent, expires: new Date('2026-12-01') } }), null],
  ])('%s', (_n, collection, data, expected) => {
    expect(nextDecisionChange(collection, data, now)?.toISOString() ?? null).toBe(expected);
  });
});

describe('leftOutBeforeSchema: withdrawing never waits for the rest of the entry to be right', () => {
  test.each<[string, string, Record<string, unknown>, RegExp | null]>([
    ['a valid story goes on to its schema', 'stories', { consent: { given: true, withdrawn: false } }, null],
    ['withdrawn: true', 'stories', { consent: { given: true, withdrawn: true } }, /ditarik/],
    ['withdrawn written as "ya" (not a yes/no value)', 'stories', { consent: { given: true, withdrawn: 'ya' } }, /ditarik/],
    ['withdrawn written as a date', 'stories', { consent: { given: true, withdrawn: '2026-11-30' } }, /ditarik/],
    ['withdrawn: "tidak" is not a withdrawal', 'stories', { consent: { given: true, withdrawn: 'tidak' } }, null],
    ['given: false', 'stories', { consent: { given: false } }, /belum diberikan/],
    ['given written as "ya"', 'stories', { consent: { given: 'ya' } }, /belum diberikan/],
    ['no consent record: the schema explains', 'stories', { title: 'x' }, null],
    ['a draft of any kind, even with mistakes', 'news', { draft: true, date: 'kemarin' }, /draf/],
    ['news never carries consent', 'news', { consent: { withdrawn: true } }, null],
  ])('%s', (_n, collection, raw, expected) => {
    const reason = leftOutBeforeSchema(collection, raw);
    if (expected) expect(reason).toMatch(expected);
    else expect(reason).toBeNull();
  });
});
