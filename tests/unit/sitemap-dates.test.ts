import { describe, expect, test } from 'vitest';
import { lastmods, newest, pageDate } from '../../src/lib/sitemap-dates';

const page = (head: string, main: string, aside = '') => `<html><head>${head}</head><body>${aside}<main id="main">${main}</main>${aside}</body></html>`;
const published = '<meta property="article:published_time" content="2026-11-20T09:00:00+07:00">';
const modified = '<meta property="article:modified_time" content="2026-11-22T10:00:00+07:00">';
const time = (iso: string) => `<time datetime="${iso}">x</time>`;

describe('pageDate', () => {
  test.each([
    ['an article: its update time', page(published + modified, time('2026-12-01T00:00:00+07:00')), '2026-11-22T03:00:00.000Z'],
    [
      'an article never updated: its publish time, not the dates of related articles',
      page(published, time('2026-12-01T00:00:00+07:00')),
      '2026-11-20T02:00:00.000Z',
    ],
    ['a list: the newest date it shows', page('', time('2026-10-01T08:00:00+07:00') + time('2026-11-05T08:00:00+07:00')), '2026-11-05T01:00:00.000Z'],
    ['dates outside <main> (footer) do not count', page('', '<p>no date</p>', time('2026-12-31T00:00:00+07:00')), undefined],
    ['an invalid date is ignored', page('', time('kemarin') + time('2026-10-01T08:00:00+07:00')), '2026-10-01T01:00:00.000Z'],
    ['a page with no date', page('', '<p>Profil</p>'), undefined],
  ])('%s', (_name, html, iso) => expect(pageDate(html)?.toISOString()).toBe(iso));
});

describe('newest', () => {
  test.each([
    [[], undefined],
    [['2026-01-01T00:00:00Z', '2025-01-01T00:00:00Z'], '2026-01-01T00:00:00.000Z'],
    [['bukan tanggal'], undefined],
  ])('%j → %s', (values, iso) => expect(newest(values)?.toISOString()).toBe(iso));
});

describe('lastmods', () => {
  test('pages without a date of their own get the newest date of the site; every page has one', () => {
    const a = new Date('2026-11-20T00:00:00Z');
    const b = new Date('2026-11-25T00:00:00Z');
    const result = lastmods(
      new Map([
        ['/berita/a/', a],
        ['/berita/', b],
        ['/profil/', undefined],
      ]),
    );
    expect(Object.fromEntries(result)).toEqual({ '/berita/a/': a, '/berita/': b, '/profil/': b });
  });
  test('a site without any date gives no lastmod at all (rather than an invented one)', () => {
    expect(lastmods(new Map([['/profil/', undefined]])).size).toBe(0);
  });
});
