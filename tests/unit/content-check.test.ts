import { describe, expect, test } from 'vitest';
import {
  checkEntries,
  duplicateIds,
  entryPictures,
  reservedIds,
  schemaProblemMessage,
  unknownReferences,
  unreadFiles,
  OUTSIDE_FOLDERS,
  type RawEntry,
} from '../../src/lib/content-check';

/** An entry as the loader read it; its id is the file name unless Astro gave another (slug). */
const e = (collection: RawEntry['collection'], file: string, data: Record<string, unknown> = {}, id?: string): RawEntry => ({
  collection,
  file,
  data,
  id: id ?? (typeof data.slug === 'string' ? data.slug : file.split('/').pop()!.replace(/\.md$/, '')),
});
const partner = e('partners', 'content/partners/dinas-sosial-grobogan.md', { name: 'Dinas Sosial' });
const program = e('programs', 'content/programs/pelatihan-kerja.md', { title: 'Pelatihan' });

describe('duplicateIds', () => {
  test.each<[string, RawEntry[], RegExp | null]>([
    ['different files', [e('news', 'content/news/a.md'), e('news', 'content/news/b.md')], null],
    ['same id in two collections is fine', [e('news', 'content/news/a.md'), e('stories', 'content/stories/a.md')], null],
    [
      'slug front matter equal to another file',
      [e('news', 'content/news/a.md'), e('news', 'content/news/b.md', { slug: 'a' })],
      /content\/news\/a\.md dan content\/news\/b\.md: alamat \(slug\) "a"/,
    ],
    [
      'two files Astro gave the same id',
      [e('news', 'content/news/Berita A.md', {}, 'berita-a'), e('news', 'content/news/berita-a.md')],
      /"berita-a" dipakai lebih dari satu berita/,
    ],
  ])('%s', (_n, entries, expected) => {
    const out = duplicateIds(entries).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });
});

describe('unknownReferences', () => {
  test.each<[string, RawEntry, RegExp | null]>([
    ['known partner and program', e('news', 'content/news/a.md', { partners: ['dinas-sosial-grobogan'], programs: ['pelatihan-kerja'] }), null],
    ['empty lists', e('news', 'content/news/a.md', { partners: [], programs: null }), null],
    [
      'unknown partner in news',
      e('news', 'content/news/a.md', { partners: ['dinas-x'] }),
      /content\/news\/a\.md: kolom "Mitra yang terlibat" \(partners\) menyebut "dinas-x", tetapi mitra itu tidak ada/,
    ],
    ['unknown program in news', e('news', 'content/news/a.md', { programs: ['paket-z'] }), /"Program yang terkait" \(programs\) menyebut "paket-z"/],
    [
      'story partner as a single value',
      e('stories', 'content/stories/s.md', { partner: 'toko-tidak-ada' }),
      /"Mitra yang terlibat \(pemberi kerja atau pelatih\)" \(partner\) menyebut "toko-tidak-ada"/,
    ],
    ['program partners', e('programs', 'content/programs/p.md', { partners: ['dinas-sosial-grobogan', 'pt-hilang'] }), /menyebut "pt-hilang"/],
    [
      'known program and partner of a work',
      e('products', 'content/products/k.md', { programs: ['pelatihan-kerja'], partners: ['dinas-sosial-grobogan'] }),
      null,
    ],
    [
      'unknown program of a work',
      e('products', 'content/products/k.md', { programs: ['pelatihan-sablon'] }),
      /content\/products\/k\.md: kolom "Program pelatihan pembuatnya" \(programs\) menyebut "pelatihan-sablon", tetapi program itu tidak ada di content\/programs\//,
    ],
    [
      'unknown partner of a work',
      e('products', 'content/products/k.md', { partners: ['cv-hilang'] }),
      /"Mitra yang terlibat" \(partners\) menyebut "cv-hilang"/,
    ],
  ])('%s', (_n, entry, expected) => {
    const out = unknownReferences([partner, program, entry]).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });
});

test('checkEntries reports every kind of problem at once', () => {
  const out = checkEntries([
    partner,
    e('news', 'content/news/a.md', { partners: ['x'] }),
    e('news', 'content/news/b.md', { slug: 'a' }),
    e('news', 'content/news/2.md'),
  ]);
  expect(out).toHaveLength(3);
});

describe('entryPictures: the pictures a parsed entry names, by field', () => {
  test.each<[string, Record<string, unknown>, { field: string; src: string }[]]>([
    ['cover', { title: 'x', cover: { src: '__ASTRO_IMAGE_./images/a.jpg', alt: 'a' } }, [{ field: 'cover', src: './images/a.jpg' }]],
    ['no picture', { title: 'x', date: new Date(0) }, []],
    ['nested list', { gallery: [{ src: '__ASTRO_IMAGE_images/b.png' }] }, [{ field: 'gallery', src: 'images/b.png' }]],
    ['text that mentions a path is not a picture', { summary: 'images/a.jpg' }, []],
  ])('%s', (_n, data, expected) => {
    expect(entryPictures(data)).toEqual(expected);
  });
});

describe('schemaProblemMessage: every field of a file in one message', () => {
  test.each([
    [
      'Astro schema error with two fields',
      new Error(
        '**news → x** data does not match collection schema.\n\n  **draft**: "Draf" harus berupa pilihan ya/tidak.\n  **cover.alt**: Teks alternatif wajib diisi.\n',
      ),
      'content/news/x.md: kolom "draft": "Draf" harus berupa pilihan ya/tidak. kolom "cover.alt": Teks alternatif wajib diisi.',
    ],
    [
      'the same words for one field twice (an http address fails two checks) are said once',
      new Error(
        '**partners → x** data does not match.\n\n  **website**: harus diawali https://.\n  **website**: harus diawali https://.\n  **name**: wajib.\n',
      ),
      'content/news/x.md: kolom "website": harus diawali https://. kolom "name": wajib.',
    ],
    ['other error', new Error('**Sesuatu** rusak'), 'content/news/x.md: Sesuatu rusak'],
  ])('%s', (_n, error, expected) => {
    expect(schemaProblemMessage('content/news/x.md', error)).toBe(expected);
  });
});

describe('unreadFiles: files in content folders that no collection reads are named', () => {
  test.each<[string, Record<string, string[]>, RegExp[]]>([
    ['only Markdown and the data files', { news: ['a.md', 'b.md'], data: ['settings.yaml', 'faq.yaml'] }, []],
    [
      'upper-case extension',
      { news: ['Berita Baru.MD'] },
      [/content\/news\/Berita Baru\.MD: berkas ini tidak dibaca situs.*akhiran nama berkas menjadi "\.md"/],
    ],
    ['MDX, text and Word files', { stories: ['kisah.mdx', 'catatan.txt', 'naskah.docx'] }, [/kisah\.mdx/, /catatan\.txt/, /naskah\.docx/]],
    ['unknown data file', { data: ['settings.yaml', 'settings.yml', 'lama.json'] }, [/content\/data\/lama\.json/, /content\/data\/settings\.yml/]],
    [
      'files in content/ itself and in a folder no collection reads',
      { [OUTSIDE_FOLDERS]: ['artikel-baru.md', 'Berita/kunjungan.md'] },
      [
        /content\/Berita\/kunjungan\.md: berkas ini tidak dibaca situs .*tidak berada di folder yang dibaca situs \(content\/news\/, content\/stories\//,
        /content\/artikel-baru\.md: berkas ini tidak dibaca situs/,
      ],
    ],
    [
      'an article in a subfolder',
      { news: ['a.md', 'arsip/2025/b.md'] },
      [/content\/news\/arsip\/2025\/b\.md: berkas ini tidak dibaca situs.*langsung berada di content\/news\//],
    ],
  ])('%s', (_n, listing, expected) => {
    const out = unreadFiles(listing);
    expect(out).toHaveLength(expected.length);
    for (const re of expected) expect(out.join('\n')).toMatch(re);
  });
});

describe('reservedIds', () => {
  test.each<[RawEntry, boolean]>([
    [e('news', 'content/news/2.md'), true],
    [e('news', 'content/news/kategori.md'), true],
    [e('news', 'content/news/x.md', { slug: 'tag' }), true],
    [e('news', 'content/news/2-tahun-pembinaan.md'), false],
    [e('partners', 'content/partners/jenis.md'), true],
    [e('partners', 'content/partners/bidang-usaha.md'), false],
    [e('stories', 'content/stories/10.md'), true],
    [e('products', 'content/products/kategori.md'), true],
    [e('products', 'content/products/jenis.md'), true],
    [e('products', 'content/products/3.md'), true],
    [e('products', 'content/products/kategori-kursi.md'), false],
  ])('%j', (entry, clashes) => {
    expect(reservedIds([entry]).length > 0).toBe(clashes);
  });
});
