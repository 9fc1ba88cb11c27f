import { describe, expect, test } from 'vitest';
import { shownPhoto, withholdReason, withoutWithheldImage, type GuardedData } from '../../src/lib/withheld';

const now = new Date('2026-11-28T10:00:00+07:00');
const on = { now, includeSamples: true };
const off = { now, includeSamples: false };
const photo = { src: '__ASTRO_IMAGE_./images/x.jpg', alt: 'x' };
const consent = { given: true, date: new Date('2026-10-01'), channels: ['situs-web' as const] };
const story = (change: Partial<GuardedData> = {}): GuardedData => ({ date: new Date('2026-11-01'), photo, showFace: true, consent, ...change });
const news = (change: Partial<GuardedData> = {}): GuardedData => ({ date: new Date('2026-11-01'), cover: photo, ...change });

describe('withholdReason: stories', () => {
  test.each<[string, GuardedData, typeof on, ReturnType<typeof withholdReason>]>([
    ['published, face may be shown', story(), on, null],
    ['face may not be shown', story({ showFace: false }), on, 'face'],
    ['showFace left out means no', story({ showFace: undefined }), on, 'face'],
    ['consent withdrawn', story({ consent: { ...consent, withdrawn: true } }), on, 'consent'],
    ['consent expired', story({ consent: { ...consent, expires: new Date('2026-11-27') } }), on, 'consent'],
    ['consent not for the website', story({ consent: { ...consent, channels: ['media-cetak'] } }), on, 'consent'],
    ['no consent record at all', story({ consent: undefined }), on, 'consent'],
    ['draft', story({ draft: true }), on, 'draft'],
    ['scheduled', story({ date: new Date('2026-12-01') }), on, 'scheduled'],
    ['sample with samples off', story({ sample: true }), off, 'sample'],
    ['no photo: nothing to withhold', story({ photo: undefined, showFace: false }), on, null],
  ])('%s', (_name, data, opts, expected) => {
    expect(withholdReason('stories', data, opts)).toBe(expected);
  });
});

describe('withholdReason: news covers', () => {
  test.each<[string, GuardedData, typeof on, ReturnType<typeof withholdReason>]>([
    ['published', news(), on, null],
    ['draft', news({ draft: true }), on, 'draft'],
    ['scheduled', news({ date: new Date('2026-11-28T10:00:01+07:00') }), on, 'scheduled'],
    ['sample with samples off keeps its cover (not private; re-reading every article each build would cost more)', news({ sample: true }), off, null],
    ['no cover', news({ cover: undefined, draft: true }), on, null],
  ])('%s', (_name, data, opts, expected) => {
    expect(withholdReason('news', data, opts)).toBe(expected);
  });
});

describe('withoutWithheldImage', () => {
  test('drops only the picture field, leaves the input untouched', () => {
    const data = story({ showFace: false });
    const result = withoutWithheldImage('stories', data, on);
    expect(result).not.toHaveProperty('photo');
    expect(result).toMatchObject({ showFace: false, consent });
    expect(data.photo).toBe(photo);
  });
  test('returns the same object when nothing is withheld', () => {
    const data = news();
    expect(withoutWithheldImage('news', data, on)).toBe(data);
  });
});

describe('shownPhoto', () => {
  test.each([
    [{ photo, showFace: true }, photo],
    [{ photo, showFace: false }, undefined],
    [{ photo }, undefined],
    [{ showFace: true }, undefined],
  ])('%j', (data, expected) => {
    expect(shownPhoto(data)).toBe(expected);
  });
});
