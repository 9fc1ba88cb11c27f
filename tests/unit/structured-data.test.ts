import { describe, expect, test } from 'vitest';
import {
  breadcrumbLd,
  graph,
  newsArticleLd,
  organizationLd,
  partnerLd,
  postalAddressLd,
  programLd,
  serializeJsonLd,
  storyLd,
} from '../../src/lib/structured-data';
import type { Settings } from '../../src/schemas/site-data';

const site = 'https://lapaspurwodadi.example.id';
const settings: Settings = {
  name: 'Lembaga Pemasyarakatan Kelas IIB Purwodadi',
  shortName: 'Lapas Purwodadi',
  tagline: 'x',
  address: 'Purwodadi, Kabupaten Grobogan, Jawa Tengah',
  phone: '0292 000000',
  whatsapp: '0812 0000 0000',
  email: 'humas@example.go.id',
  social: [],
  visitingHours: [],
  visitingRules: [],
  sample: true,
};

describe('serializeJsonLd', () => {
  test.each([
    ['closing script tag', '</script><script>alert(1)</script>'],
    ['HTML comment', '<!-- x -->'],
    ['ampersand entity', 'A &amp; B'],
    ['line separators', 'a\u2028b\u2029c'],
  ])('%s stays data: no raw <, >, & and the value round-trips', (_name, value) => {
    const text = serializeJsonLd({ headline: value });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ headline: value });
  });
});

describe('organizationLd', () => {
  test('the institution as a GovernmentOrganization with international phone and no empty sameAs', () => {
    const org = organizationLd(settings, site);
    expect(org).toMatchObject({
      '@type': 'GovernmentOrganization',
      '@id': `${site}/#organisasi`,
      name: settings.name,
      url: `${site}/`,
      logo: `${site}/logo.png`,
      telephone: '+62292000000',
      email: 'humas@example.go.id',
      address: { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'ID' },
    });
    expect(org).not.toHaveProperty('sameAs');
  });
  test('social accounts become sameAs', () => {
    const org = organizationLd({ ...settings, social: [{ name: 'Instagram', url: 'https://instagram.com/lapas' }] }, site);
    expect(org.sameAs).toEqual(['https://instagram.com/lapas']);
  });
});

describe('newsArticleLd', () => {
  const base = {
    url: `${site}/berita/x/`,
    title: 'Judul',
    summary: 'Ringkasan',
    date: new Date('2026-11-20T09:00:00+07:00'),
    images: [`${site}/kartu/0123456789abcdef.jpg`],
    section: 'Kerja Sama',
    tags: ['sinergi', 'opd'],
    author: 'Humas Lapas Kelas IIB Purwodadi',
    authorUrl: `${site}/profil/`,
  };
  test.each([
    ['not updated: modified = published', {}, '2026-11-20T09:00:00+07:00'],
    ['updated later', { updated: new Date('2026-11-21T01:30:00Z') }, '2026-11-21T08:30:00+07:00'],
  ])('%s', (_name, change, modified) => {
    const ld = newsArticleLd({ ...base, ...change }, site);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Judul',
      datePublished: '2026-11-20T09:00:00+07:00',
      dateModified: modified,
      articleSection: 'Kerja Sama',
      keywords: 'sinergi, opd',
      image: base.images,
      publisher: { '@id': `${site}/#organisasi` },
      author: { '@type': 'Organization', name: base.author, url: `${site}/profil/` },
    });
  });
  test('no keywords when there are no tags', () => {
    expect(newsArticleLd({ ...base, tags: [] }, site)).not.toHaveProperty('keywords');
  });
});

describe('breadcrumbLd and graph', () => {
  test('positions from 1 and absolute URLs, in one graph with a shared context', () => {
    const ld = graph(
      breadcrumbLd(
        [
          { label: 'Beranda', href: '/' },
          { label: 'Berita', href: '/berita/' },
        ],
        site,
      ),
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Beranda', item: `${site}/` },
            { '@type': 'ListItem', position: 2, name: 'Berita', item: `${site}/berita/` },
          ],
        },
      ],
    });
  });
});

describe('postalAddressLd', () => {
  test.each([
    ['only the one-line address: it becomes the street', {}, { streetAddress: settings.address }],
    [
      'parts filled in: the parts',
      { addressLocality: 'Purwodadi', addressRegion: 'Jawa Tengah', postalCode: '58111' },
      { addressLocality: 'Purwodadi', addressRegion: 'Jawa Tengah', postalCode: '58111' },
    ],
    [
      'with the street',
      { streetAddress: 'Jl. Contoh No. 1', addressLocality: 'Purwodadi' },
      { streetAddress: 'Jl. Contoh No. 1', addressLocality: 'Purwodadi' },
    ],
  ])('%s', (_name, parts, expected) => {
    expect(postalAddressLd({ ...settings, ...parts })).toEqual({ '@type': 'PostalAddress', ...expected, addressCountry: 'ID' });
  });
});

describe('stories, partners and programs', () => {
  test('a story is an Article by the institution', () => {
    const ld = storyLd({ url: `${site}/kisah/a/`, title: 'T', summary: 'S', date: new Date('2026-11-20T02:00:00Z'), image: `${site}/kartu/x.jpg` }, site);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'T',
      datePublished: '2026-11-20T09:00:00+07:00',
      author: { '@id': `${site}/#organisasi` },
      image: [`${site}/kartu/x.jpg`],
    });
  });
  test.each([
    ['with a website', 'https://dinsos.example.id', { sameAs: ['https://dinsos.example.id'] }],
    ['without one', undefined, {}],
  ])('a partner is an Organization %s', (_name, website, extra) => {
    const ld = partnerLd({ url: `${site}/mitra/a/`, name: 'Dinsos', summary: 'S', kind: 'Instansi Pemerintah / OPD', website });
    expect(ld).toEqual({
      '@type': 'Organization',
      '@id': `${site}/mitra/a/#mitra`,
      name: 'Dinsos',
      description: 'S',
      url: `${site}/mitra/a/`,
      additionalType: 'Instansi Pemerintah / OPD',
      ...extra,
    });
  });
  test('a program is a Service of the institution with its partners', () => {
    const ld = programLd(
      { url: `${site}/program/p/`, title: 'Las', summary: 'S', areas: ['Pelatihan Kerja'], partners: [`${site}/mitra/a/`], image: `${site}/kartu/x.jpg` },
      site,
    );
    expect(ld).toMatchObject({
      '@type': 'Service',
      serviceType: ['Pelatihan Kerja'],
      provider: [{ '@id': `${site}/#organisasi` }, { '@id': `${site}/mitra/a/#mitra` }],
    });
  });
});
