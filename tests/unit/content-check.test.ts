import { describe, expect, test } from 'vitest';
import { checkEntries, duplicateIds, entryId, impossibleDates, missingPictures, reservedIds, unknownReferences, type RawEntry } from '../../src/lib/content-check';

const e = (collection: RawEntry['collection'], file: string, data: Record<string, unknown> = {}): RawEntry => ({ collection, file, data });
const partner = e('partners', 'content/partners/dinas-sosial-grobogan.md', { name: 'Dinas Sosial' });
const program = e('programs', 'content/programs/pelatihan-kerja.md', { title: 'Pelatihan' });

describe('entryId', () => {
  test.each([
    ['content/news/berita-satu.md', {}, 'berita-satu'],
    ['content/news/Berita Dua.md', {}, 'berita-dua'],
    ['content/news/x.md', { slug: 'alamat-lain' }, 'alamat-lain'],
  ])('%s %j → %s', (file, data, id) => {
    expect(entryId(e('news', file, data))).toBe(id);
  });
});

describe('duplicateIds', () => {
  test.each<[string, RawEntry[], RegExp | null]>([
    ['different files', [e('news', 'content/news/a.md'), e('news', 'content/news/b.md')], null],
    ['same id in two collections is fine', [e('news', 'content/news/a.md'), e('stories', 'content/stories/a.md')], null],
    ['slug front matter equal to another file', [e('news', 'content/news/a.md'), e('news', 'content/news/b.md', { slug: 'a' })], /content\/news\/a\.md dan content\/news\/b\.md: alamat \(slug\) "a"/],
    ['two files slugifying alike', [e('news', 'content/news/Berita A.md'), e('news', 'content/news/berita-a.md')], /"berita-a" dipakai lebih dari satu berita/],
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
    ['unknown partner in news', e('news', 'content/news/a.md', { partners: ['dinas-x'] }), /content\/news\/a\.md: kolom "Mitra yang terlibat" \(partners\) menyebut "dinas-x", tetapi mitra itu tidak ada/],
    ['unknown program in news', e('news', 'content/news/a.md', { programs: ['paket-z'] }), /"Program yang terkait" \(programs\) menyebut "paket-z"/],
    ['story partner as a single value', e('stories', 'content/stories/s.md', { partner: 'toko-tidak-ada' }), /"Mitra \(pemberi kerja\)" \(partner\) menyebut "toko-tidak-ada"/],
    ['program partners', e('programs', 'content/programs/p.md', { partners: ['dinas-sosial-grobogan', 'pt-hilang'] }), /menyebut "pt-hilang"/],
  ])('%s', (_n, entry, expected) => {
    const out = unknownReferences([partner, program, entry]).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });
});

describe('missingPictures', () => {
  const files = new Set(['content/news/images/ada.jpg', 'content/partners/images/logo.png']);
  const exists = (f: string) => files.has(f);
  test.each<[string, RawEntry, RegExp | null]>([
    ['existing cover', e('news', 'content/news/a.md', { cover: { src: 'images/ada.jpg', alt: 'x' } }), null],
    ['./ prefix', e('news', 'content/news/a.md', { cover: { src: './images/ada.jpg', alt: 'x' } }), null],
    ['no cover', e('news', 'content/news/a.md', {}), null],
    ['empty cover from the CMS', e('news', 'content/news/a.md', { cover: { src: '', alt: '' } }), null],
    ['missing cover', e('news', 'content/news/a.md', { cover: { src: 'images/hilang.jpg', alt: 'x' } }), /Foto sampul "images\/hilang\.jpg" tidak ditemukan \(dicari di content\/news\/images\/hilang\.jpg\)/],
    ['missing story photo', e('stories', 'content/stories/s.md', { photo: { src: 'images/s.jpg' } }), /content\/stories\/s\.md: Foto "images\/s\.jpg"/],
    ['existing logo', e('partners', 'content/partners/p.md', { logo: { src: 'images/logo.png' } }), null],
  ])('%s', (_n, entry, expected) => {
    const out = missingPictures([entry], exists).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });
});

test('checkEntries reports every kind of problem at once', () => {
  const out = checkEntries(
    [partner, e('news', 'content/news/a.md', { partners: ['x'], cover: { src: 'images/y.jpg' } }), e('news', 'content/news/b.md', { slug: 'a' })],
    () => false,
  );
  expect(out).toHaveLength(3);
});

describe('impossibleDates', () => {
  test.each<[string, RawEntry, RegExp | null]>([
    ['real date', e('news', 'content/news/a.md', { date: '2026-11-20T09:00:00+07:00' }), null],
    ['31 February', e('news', 'content/news/a.md', { date: '2026-02-31' }), /content\/news\/a\.md: "Tanggal terbit" \(date\) berisi "2026-02-31", bukan tanggal yang ada di kalender/],
    ['consent expiry in month 13', e('stories', 'content/stories/s.md', { consent: { date: '2026-01-01', expires: '2027-13-01' } }), /"Berlaku sampai" \(consent\.expires\)/],
    ['partner since 30 February', e('partners', 'content/partners/p.md', { since: '2024-02-30' }), /"Bermitra sejak"/],
    ['text date is left to the schema', e('news', 'content/news/a.md', { date: 'kemarin' }), /bukan tanggal/],
  ])('%s', (_n, entry, expected) => {
    const out = impossibleDates([entry]).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
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
  ])('%j', (entry, clashes) => {
    expect(reservedIds([entry]).length > 0).toBe(clashes);
  });
});
