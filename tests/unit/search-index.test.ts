import { describe, expect, test } from 'vitest';
import { VARIANTS_META, pageForIndex, readerWords, textOf, wordVariants, separateBlocks } from '../../src/lib/search-index';

describe('wordVariants', () => {
  test.each([
    ['meng- hides a k', 'Kalapas mengunjungi pimpinan OPD', ['kunjungi']],
    ['peng- hides a k', 'Jadwal bagi pengunjung', ['kunjung']],
    ['men- hides a t', 'Warga binaan menulis surat', ['tulis']],
    ['pen- hides a t', 'Penulis buku', ['tulis']],
    ['menerima → terima', 'Lapas menerima bantuan', ['terima']],
    ['no duplicates, first appearance order', 'mengunjungi, mengunjungi lalu menulis', ['kunjungi', 'tulis']],
    ['a form already in the text is not repeated', 'mengunjungi dan kunjungi', []],
    ['meny-/mem- are restored by the stemmer itself', 'menyapu dan memakai', []],
    ['meng before a consonant is left alone', 'menggunakan dan mengambil', ['kambil']],
    ['short words are left alone', 'mena peng', []],
    ['a suffixed k-root gets its meng- form', 'Jadwal kunjungan', ['mengunjungan']],
    ['a suffixed t-root gets its men- form', 'tulisan dan tanaman', ['menulisan', 'menanaman']],
    ['the title form "Kunjungi"', 'Kalapas Kunjungi OPD', ['mengunjungi']],
    ['bare k-/t- words are left alone', 'karena tempat kelas tahun kerja', []],
    ['common look-alikes are left alone', 'tetapi kemudian kami', []],
    ['ke-…-an nouns are left alone', 'kesehatan kegiatan', []],
    ['words of other roots are left alone', 'pelatihan pendidikan bersama', []],
    ['upper case', 'MENGUNJUNGI', ['kunjungi']],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(wordVariants(text)).toEqual(expected);
  });

  test('a very long text keeps at most 300 forms', () => {
    const text = Array.from(
      { length: 1000 },
      (_, i) => `mengu${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}x`,
    ).join(' ');
    expect(wordVariants(text).length).toBe(300);
  });
});

describe('readerWords', () => {
  test.each([
    ['visits', 'Jadwal layanan kunjungan', ['besuk', 'bezuk', 'jenguk', 'menjenguk']],
    ['inmates', 'Warga binaan mengikuti pelatihan', ['napi', 'narapidana']],
    ['the prison', 'Lapas Kelas IIB Purwodadi', ['penjara']],
    ['agency short names need the agency in the title', 'Kalapas mengunjungi Dinas Sosial', []],
    ['with a suffix: kunjungannya', 'kunjungannya', ['besuk', 'bezuk', 'jenguk', 'menjenguk']],
    ['only at the start of a word: "pengunjung" is not a visit to the prison', 'pengunjung pameran', []],
    ['nothing', 'Pameran UMKM', []],
  ])('%s', (_name, text, expected) => {
    expect(readerWords(text)).toEqual(expected);
  });

  test('the page about an agency gets its short name', () => {
    expect(readerWords('Dinas Sosial Kabupaten Grobogan. Mitra pendampingan.', 'Dinas Sosial Kabupaten Grobogan')).toEqual(['dinsos']);
  });
});

describe('textOf', () => {
  test.each([
    ['<p>Satu <b>dua</b></p><p>tiga</p>', 'Satu dua tiga'],
    ['<script>mengunjungi()</script><p>kata</p>', 'kata'],
    ['<style>.menulis{}</style>teks', 'teks'],
    ['Tom &amp; Jerry&nbsp;&#65;', 'Tom & Jerry A'],
  ])('%s → %s', (html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('pageForIndex', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="id"><head><title>T</title></head><body><header><a href="/">Menu mengunjungi</a></header>${main}<footer>Alamat menulis</footer></body></html>`;

  test('keeps <html lang> and the searchable <main>, drops header and footer, adds restored forms', () => {
    const out = pageForIndex(page('<main id="main" data-pagefind-body=""><h1>Kalapas mengunjungi OPD</h1></main>'))!;
    expect(out).toContain('<html lang="id">');
    expect(out).toContain('<h1>Kalapas mengunjungi OPD</h1>');
    expect(out).not.toContain('Alamat');
    expect(out).not.toContain('Menu');
    expect(out).toContain(`data-pagefind-meta="${VARIANTS_META}:kunjungi"`);
  });

  test('a page without data-pagefind-body (CMS, 404, search page, lists) is not indexed', () => {
    expect(pageForIndex(page('<main id="main"><h1>Halaman tidak ditemukan</h1></main>'))).toBeNull();
  });

  test('reader words go into the same field', () => {
    expect(pageForIndex(page('<main data-pagefind-body><p>Lapas menulis</p></main>'))).toContain(`${VARIANTS_META}:tulis penjara"`);
  });

  test('no restored forms, no extra element', () => {
    expect(pageForIndex(page('<main data-pagefind-body><p>kerja sama</p></main>'))).not.toContain(VARIANTS_META);
  });

  test('another body element keeps the whole page and gets the forms inside it', () => {
    const out = pageForIndex(page('<div class="x" data-pagefind-body><p>menulis</p></div>'))!;
    expect(out).toContain('<div class="x" data-pagefind-body><span hidden data-pagefind-meta="bentuk_kata:tulis"></span><p>menulis</p></div>');
    expect(out).toContain('<footer>');
  });
});

describe('separateBlocks: what a browser shows apart stays apart in search excerpts', () => {
  test.each([
    ['table cells', '<table><tr><th>Hari</th><th>Jam</th></tr><tr><td>Senin – Kamis</td><td>08.30</td></tr></table>', 'Hari Jam Senin – Kamis 08.30'],
    ['heading then paragraph', '<h2>Jam kunjungan</h2><p>Setiap hari</p>', 'Jam kunjungan Setiap hari'],
    ['list items', '<ul><li>KTP</li><li>Pakaian sopan</li></ul>', 'KTP Pakaian sopan'],
    ['definition list', '<dl><dt>Telepon</dt><dd>0292</dd></dl>', 'Telepon 0292'],
    ['line break', 'Baris satu<br>baris dua', 'Baris satu baris dua'],
    ['links side by side (buttons, chips)', '<p><a href="/a/">Hubungi kami</a><a href="/b/">Lihat angka</a></p>', 'Hubungi kami Lihat angka'],
    ['a badge after a question', '<summary><span>Apakah aman?</span><span class="badge">Draf</span></summary>', 'Apakah aman? Draf'],
  ])('%s', (_name, html, text) => expect(textOf(separateBlocks(html))).toBe(text));

  test('inline elements are left as they are (no space inside a word)', () => {
    expect(separateBlocks('<p>war<strong>ga</strong> <a href="/">binaan</a></p>')).toBe('<p>war<strong>ga</strong> <a href="/">binaan</a> </p> ');
  });

  test('pageForIndex gives Pagefind the separated text', () => {
    const html = '<html lang="id"><body><main data-pagefind-body><h1>Profil</h1><table><tr><td>Hari</td><td>Jam</td></tr></table></main></body></html>';
    expect(pageForIndex(html)).toContain('<td>Hari</td> <td>Jam</td> ');
  });
});
