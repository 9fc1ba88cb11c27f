import { describe, expect, test } from 'vitest';
import { channelExtras } from '../../src/lib/feed';

const url = 'https://lapaspurwodadi.example.id/rss.xml';
const d = (iso: string) => new Date(iso);

describe('channelExtras', () => {
  test.each([
    ['newest publish time', [{ date: d('2026-11-20T02:00:00Z') }, { date: d('2026-10-01T02:00:00Z') }], 'Fri, 20 Nov 2026 02:00:00 GMT'],
    [
      'an update counts as a change',
      [{ date: d('2026-11-20T02:00:00Z') }, { date: d('2026-10-01T02:00:00Z'), updated: d('2026-11-25T03:00:00Z') }],
      'Wed, 25 Nov 2026 03:00:00 GMT',
    ],
  ])('lastBuildDate: %s', (_name, items, date) => {
    expect(channelExtras(url, items)).toContain(`<lastBuildDate>${date}</lastBuildDate>`);
  });
  test('the feed names its own address (atom:link rel="self") and its language', () => {
    const out = channelExtras(url, []);
    expect(out).toContain(`<atom:link href="${url}" rel="self" type="application/rss+xml"/>`);
    expect(out).toContain('<language>id-ID</language>');
    expect(out).not.toContain('lastBuildDate');
  });
  test('an address with & is escaped', () => {
    expect(channelExtras('https://x.id/rss.xml?a=1&b=2', [])).toContain('href="https://x.id/rss.xml?a=1&amp;b=2"');
  });
});
