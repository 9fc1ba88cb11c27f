/**
 * The project's CMS widgets and helps (cms/widgets, cms/editor-help.ts), their pure parts:
 * tags typed as people type them, the counter's limit read from the field's pattern, dates typed
 * DD-MM-YYYY and stored as the build reads them (WIB), unique upload names, the refused-save notice.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BODY_IMAGE_PATTERN, bodyImageComponent, bodyImageFrom, bodyImageMarkdown } from '../../cms/widgets/body-image';
import { joinTags, listOf, splitTags, tagsSummary } from '../../cms/widgets/tags';
import { counterText, limitOf } from '../../cms/widgets/counter';
import { dateInWords, displayOf, nowInWib, parseDayText, parseTimeText, readTyped, storedValue } from '../../cms/widgets/wib-date';
import { isSaveAction, labelInMessage, replaceQuestion, switchName, refusalHeading, refusalLines, uniqueUploadName } from '../../cms/editor-help';
import { bodyField, lengthPattern } from '../../cms/fields';
import { siteStatus } from '../../cms/site-status';
import { parseWibDate } from '../../src/lib/dates';

describe('splitTags', () => {
  test.each<[string, string[]]>([
    ['pelatihan, sablon, umkm', ['pelatihan', 'sablon', 'umkm']],
    ['pelatihan,sablon,umkm', ['pelatihan', 'sablon', 'umkm']],
    ['  pelatihan ,  sablon  ', ['pelatihan', 'sablon']],
    ['pelatihan kerja, umkm', ['pelatihan kerja', 'umkm']],
    ['pelatihan,  , umkm,', ['pelatihan', 'umkm']],
    ['umkm, UMKM, umkm', ['umkm']],
    ['las\nsablon; jahit', ['las', 'sablon', 'jahit']],
    ['', []],
    [' , ', []],
  ])('%j → %j', (typed, tags) => {
    expect(splitTags(typed)).toEqual(tags);
  });

  test.each<[unknown, string[]]>([
    [undefined, []],
    [
      ['las', ' sablon ', ''],
      ['las', 'sablon'],
    ],
    [{ toJS: () => ['las', 'umkm'] }, ['las', 'umkm']],
    ['las, umkm', ['las', 'umkm']],
  ])('stored value %j reads as %j', (value, tags) => {
    expect(listOf(value)).toEqual(tags);
  });

  test('what is shown: the list as one line, and how the text was understood', () => {
    expect(joinTags(['pelatihan', 'sablon'])).toBe('pelatihan, sablon');
    expect(tagsSummary(['pelatihan', 'sablon', 'umkm'])).toBe('3 tag: pelatihan · sablon · umkm');
    expect(tagsSummary([])).toBe('Belum ada tag.');
  });
});

describe('the character counter', () => {
  test.each<[unknown, number | undefined]>([
    [lengthPattern(160), 160],
    [lengthPattern(40), 40],
    [['^https://', 'diawali https://'], undefined],
    [undefined, undefined],
  ])('limit of %j is %s', (pattern, max) => {
    expect(limitOf(pattern)).toBe(max);
  });

  test.each<[number, number, string]>([
    [0, 160, '0/160'],
    [120, 160, '120/160'],
    [160, 160, '160/160'],
    [300, 160, '300/160 · 140 karakter terlalu banyak'],
  ])('%i of %i → %s', (length, max, text) => {
    expect(counterText(length, max)).toBe(text);
  });
});

describe('dates typed DD-MM-YYYY, stored as the build reads them', () => {
  test.each<[string, ReturnType<typeof parseDayText>]>([
    ['20-11-2026', { day: '2026-11-20' }],
    ['1/2/2026', { day: '2026-02-01' }],
    ['20.11.2026', { day: '2026-11-20' }],
    ['2026-11-20', { day: '2026-11-20' }],
    ['2026-11-10T09:30', { day: '2026-11-10', time: '09:30' }],
    ['31-02-2026', null],
    ['11/20/2026', null],
    ['20-11-26', null],
    ['besok', null],
  ])('day %j → %j', (typed, day) => {
    expect(parseDayText(typed)).toEqual(day);
  });

  test.each<[string, string | null]>([
    ['09.30', '09:30'],
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['9', '09:00'],
    ['23.59 WIB', '23:59'],
    ['24.00', null],
    ['09.60', null],
  ])('time %j → %j', (typed, time) => {
    expect(parseTimeText(typed)).toBe(time);
  });

  test.each<[string, string, boolean, ReturnType<typeof readTyped>]>([
    ['20-11-2026', '', true, { value: '2026-11-20' }],
    ['20-11-2026', '09.30', false, { value: '2026-11-20T09:30:00.000+07:00' }],
    ['', '', false, { value: '' }],
    ['20-11-2026', '', false, { error: 'Tanggal terbit: isi jam (WIB) seperti 09.30.' }],
    ['11/20/2026', '09.30', false, { error: 'Tanggal terbit: tulis tanggal seperti 20-11-2026 (hari-bulan-tahun).' }],
  ])('typed %j %j (date only: %s) → %j', (day, time, dateOnly, result) => {
    expect(readTyped(day, time, dateOnly, 'Tanggal terbit')).toEqual(result);
  });

  test.each<[unknown, boolean, { day: string; time: string }]>([
    ['2026-11-20', true, { day: '20-11-2026', time: '' }],
    ['2026-11-10T09:30:00.000+07:00', false, { day: '10-11-2026', time: '09.30' }],
    // Written by another zone's browser (Decap's own widget): shown in WIB.
    ['2026-11-20T22:17:00.000Z', false, { day: '21-11-2026', time: '05.17' }],
    ['', false, { day: '', time: '' }],
  ])('stored %j (date only: %s) is shown as %j', (value, dateOnly, shown) => {
    expect(displayOf(value, dateOnly)).toEqual(shown);
  });

  test('"Sekarang" at 05.17 WIB on a UTC computer is the WIB day, which the build reads as already begun', () => {
    const morning = new Date('2026-11-20T22:17:00Z');
    const now = nowInWib(morning);
    expect(now).toEqual({ day: '2026-11-21', time: '05:17' });
    expect(storedValue(now.day, now.time, true)).toBe('2026-11-21');
    expect(parseWibDate(storedValue(now.day, now.time, true))!.getTime()).toBeLessThanOrEqual(morning.getTime());
    expect(parseWibDate(storedValue(now.day, now.time, false))!.getTime()).toBe(morning.getTime());
  });

  test('the date in words under the inputs', () => {
    expect(dateInWords('2026-11-20', true)).toBe('20 November 2026');
    expect(dateInWords('2026-11-10T09:30:00.000+07:00', false)).toBe('10 November 2026, 09.30 WIB');
    expect(dateInWords('', false)).toBe('');
  });
});

describe('helps around Decap’s screens', () => {
  test.each<[string, boolean]>([
    ['Terbitkan sekarang', true],
    ['Simpan', true],
    [' Terbitkan lalu buat baru ', true],
    ['Terbitkan', false],
    ['Hapus entri', false],
  ])('%j is a save action: %s', (text, yes) => {
    expect(isSaveAction(text)).toBe(yes);
  });

  test('the notice names each problem once', () => {
    expect(
      refusalLines(['Judul belum benar: paling banyak 160 karakter.', ' Judul belum  benar: paling banyak 160 karakter. ', 'Kategori wajib diisi.']),
    ).toEqual(['Judul belum benar: paling banyak 160 karakter.', 'Kategori wajib diisi.']);
    expect(refusalHeading(1)).toBe('Belum tersimpan. Perbaiki kolom ini:');
    expect(refusalHeading(3)).toBe('Belum tersimpan. Perbaiki 3 hal ini:');
  });

  test.each<[string, string, string]>([
    ['Foto Kunjungan.JPG', '2026-11-20T22:17:03Z', 'Foto Kunjungan-20261121-051703.JPG'],
    ['panen.hidroponik.jpeg', '2026-01-02T03:04:05Z', 'panen.hidroponik-20260102-100405.jpeg'],
    ['tanpa-ekstensi', '2026-01-02T03:04:05Z', 'tanpa-ekstensi-20260102-100405'],
  ])('upload %j at %s is named %j', (name, at, unique) => {
    expect(uniqueUploadName(name, new Date(at))).toBe(unique);
  });

  test.each<[string, string]>([
    ['Draf (jangan terbitkan) (tidak wajib)', 'Draf (jangan terbitkan)'],
    ['Persetujuan diberikan ', 'Persetujuan diberikan'],
  ])('the switch labelled %j is named %j', (label, name) => {
    expect(switchName(label)).toBe(name);
  });

  test('Decap’s English replace question is asked in Indonesian; other questions are left alone', () => {
    expect(replaceQuestion('kegiatan.jpg already exists. Do you want to replace it?')).toMatch(/^Sudah ada berkas bernama "kegiatan\.jpg"\. Ganti berkas lama/);
    expect(replaceQuestion('Yakin menerbitkan entri ini?')).toBeNull();
  });

  test.each<[string, string | undefined]>([
    ['Foto sampul: teks alternatif (alt) wajib diisi bila ada foto.', 'Foto sampul'],
    ['"Berlaku sampai" tidak boleh lebih awal dari "Tanggal persetujuan".', 'Berlaku sampai'],
    ['Isi kisah memuat foto, padahal "Wajah boleh ditampilkan" tidak aktif.', 'Isi kisah'],
    ['Pesan lain.', undefined],
  ])('the refusal %j brings %j into view', (message, label) => {
    expect(
      labelInMessage(message, [
        'Judul',
        'Foto sampul',
        'Foto',
        'Teks alternatif (alt)',
        'Berlaku sampai',
        'Tanggal persetujuan',
        'Isi kisah',
        'Wajah boleh ditampilkan',
      ]),
    ).toBe(label);
  });

  test('a second upload of one name in the same second gets a number', () => {
    const at = new Date('2026-11-20T22:17:03Z');
    expect(uniqueUploadName('foto.jpg', at, new Set(['foto-20261121-051703.jpg']))).toBe('foto-20261121-051703-2.jpg');
    expect(uniqueUploadName('Foto.jpg', at, new Set(['foto-20261121-051703.jpg', 'foto-20261121-051703-2.jpg']))).toBe('Foto-20261121-051703-3.jpg');
  });
});

describe('the site status beside "Sudah terbit" (the build’s rules)', () => {
  const morning = new Date('2026-11-20T22:17:00Z'); // 05.17 WIB on 21 November
  const consent = { given: true, date: '2026-11-21', channels: ['situs-web'] };
  test.each<[string, string, Record<string, unknown>, string | null]>([
    ['news dated earlier', 'news', { date: '2026-11-20T09:00:00.000+07:00' }, 'Di situs: tampil (setelah pembangunan berikutnya)'],
    ['news dated later today', 'news', { date: '2026-11-21T09:00:00.000+07:00' }, 'Di situs: terjadwal, tampil setelah 21 November 2026, 09.00 WIB'],
    ['a draft', 'news', { draft: true, date: '2026-11-20T09:00:00.000+07:00' }, 'Di situs: tidak tampil (Draf aktif)'],
    [
      'a story with consent dated today (WIB)',
      'stories',
      { date: '2026-11-21T05:00:00.000+07:00', consent },
      'Di situs: tampil (setelah pembangunan berikutnya)',
    ],
    [
      'a story whose consent is withdrawn',
      'stories',
      { date: '2026-11-01T05:00:00.000+07:00', consent: { ...consent, withdrawn: true } },
      'Di situs: tidak tampil (lihat persetujuan)',
    ],
    [
      'a story whose consent ended yesterday',
      'stories',
      { date: '2026-11-01T05:00:00.000+07:00', consent: { ...consent, date: '2026-01-01', expires: '2026-11-20' } },
      'Di situs: tidak tampil (lihat persetujuan)',
    ],
    [
      'a story whose consent ends today',
      'stories',
      { date: '2026-11-01T05:00:00.000+07:00', consent: { ...consent, date: '2026-01-01', expires: '2026-11-21' } },
      'Di situs: tampil (setelah pembangunan berikutnya)',
    ],
    ['site settings', 'settings', {}, null],
  ])('%s', (_name, collection, data, text) => {
    expect(siteStatus(collection, data, morning)?.text ?? null).toBe(text);
  });
});

describe('the body photo component (Indonesian labels, Decap’s Markdown)', () => {
  const bundle = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist/decap-cms.js'), 'utf8');

  test.each<[{ image: string; alt?: string; title?: string }, string]>([
    [{ image: 'images/las.jpg', alt: 'Percikan api las' }, '![Percikan api las](images/las.jpg)'],
    [{ image: 'images/las.jpg', alt: 'Las', title: 'Bengkel Sinar Karya' }, '![Las](images/las.jpg "Bengkel Sinar Karya")'],
    [{ image: 'images/las.jpg' }, '![](images/las.jpg)'],
  ])('%j is written %s and read back', (values, markdown) => {
    expect(bodyImageMarkdown(values)).toBe(markdown);
    expect(bodyImageFrom(markdown.match(BODY_IMAGE_PATTERN))).toEqual({ image: values.image, alt: values.alt ?? '', title: values.title });
  });

  test('reads Markdown as Decap’s own image component does (same pattern), and replaces it (same id)', () => {
    expect(bundle).toContain(`pattern:${BODY_IMAGE_PATTERN.toString()}`);
    expect(bundle).toContain('label:"Image",id:"image"');
    const component = bodyImageComponent(() => null);
    expect(component.id).toBe('image');
    const labels = [String(component.label), ...(component.fields as { label: string }[]).map((f) => f.label)];
    expect(labels.filter((l) => /\b(Image|Alt Text|Title)\b/.test(l))).toEqual([]);
  });

  test('the body toolbar offers only the photo component (Decap’s code block is labelled in English)', () => {
    expect((bodyField('Isi') as { editor_components?: string[] }).editor_components).toEqual(['image']);
  });
});
