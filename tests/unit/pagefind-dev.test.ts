import { describe, expect, test } from 'vitest';
import { originOf, pageLinks } from '../../src/integrations/pagefind-dev';

describe('pageLinks: the pages the dev-server crawl follows from a page', () => {
  const page = 'http://127.0.0.1:4321/berita/';
  test.each<[string, string, string[]]>([
    ['a relative and an absolute link', '<a href="satu/">1</a><a href="/kisah/">2</a>', ['/berita/satu/', '/kisah/']],
    ['query and fragment dropped, duplicates once', '<a href="/mitra/?a=1#x">a</a><a href="/mitra/">b</a>', ['/mitra/']],
    [
      'attribute spellings a browser reads alike',
      `<a HREF='/program/'>a</a><a href=/profil/>b</a><a href="/kisah/&#63;x=1">c</a>`,
      ['/program/', '/profil/', '/kisah/'],
    ],
    ['an attribute value holding ">"', '<a title="a > b" href="/angka/">a</a>', ['/angka/']],
    [
      'other sites, mail, phone, WhatsApp and scripts skipped',
      '<a href="https://contoh.go.id/">a</a><a href="mailto:a@b.id">b</a><a href="tel:+62">c</a><a href="whatsapp://send">d</a><a href="javascript:x()">e</a>',
      [],
    ],
    [
      'the CMS, the search bundle and build assets skipped',
      '<a href="/admin/">a</a><a href="/pagefind/pagefind.js">b</a><link href="/_astro/a.css" rel="stylesheet">',
      [],
    ],
    ['files skipped, .html pages kept', '<a href="/rss.xml">a</a><a href="/kartu/a.jpg">b</a><a href="/lama.html">c</a>', ['/lama.html']],
    ['a link inside an HTML comment is not a link', '<!-- <a href="/rahasia/">x</a> --><a href="/dukung/">d</a>', ['/dukung/']],
  ])('%s', (_name, html, expected) => {
    expect(pageLinks(html, page)).toEqual(expected);
  });
});

describe('originOf: the address the crawl fetches the dev server at', () => {
  test.each<[string, string, number, string]>([
    ['127.0.0.1', 'IPv4', 4321, 'http://127.0.0.1:4321'],
    ['::1', 'IPv6', 4321, 'http://[::1]:4321'],
    ['0.0.0.0', 'IPv4', 4000, 'http://127.0.0.1:4000'],
    ['::', 'IPv6', 4000, 'http://127.0.0.1:4000'],
  ])('%s (%s) port %d → %s', (address, family, port, expected) => {
    expect(originOf({ address, family, port })).toBe(expected);
  });
});
