import { describe, expect, test } from 'vitest';
import { shareLinks } from '../../src/lib/share';

const url = 'https://lapaspurwodadi.example.id/berita/contoh-berita-uji/';
const title = 'Perkuat Sinergitas, Kalapas & OPD: "Kunjungan" #1?';
const links = shareLinks(url, title);
const byNetwork = Object.fromEntries(links.map((l) => [l.network, new URL(l.href)]));

describe('shareLinks', () => {
  test('WhatsApp first, then Facebook, X and Telegram, each with its label', () => {
    expect(links.map((l) => [l.network, l.label])).toEqual([
      ['whatsapp', 'WhatsApp'],
      ['facebook', 'Facebook'],
      ['x', 'X'],
      ['telegram', 'Telegram'],
    ]);
  });

  test.each([
    ['whatsapp', 'https://wa.me/', { text: `${title} ${url}` }],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php', { u: url }],
    ['x', 'https://x.com/intent/post', { url, text: title }],
    ['telegram', 'https://t.me/share/url', { url, text: title }],
  ])('%s opens %s with the page and title', (network, base, params) => {
    const u = byNetwork[network]!;
    expect(`${u.origin}${u.pathname}`).toBe(base);
    for (const [k, v] of Object.entries(params)) expect(u.searchParams.get(k)).toBe(v);
  });

  test('special characters are encoded, never raw in the link', () => {
    for (const l of links) {
      expect(l.href).not.toMatch(/[ "]/);
      expect(l.href.split('?')[1]).not.toContain('#');
    }
  });
});
