/**
 * The checks the CMS runs before saving (cms/validation.ts): a picture needs its alt text, a
 * story needs a complete consent record that covers the website, and sloppy list input is tidied.
 */
import { describe, expect, test } from 'vitest';
import { List, Map as IMap, fromJS } from 'immutable';
import { consentProblems, hiddenFaceBodyProblems, problemsBeforeSave, tidyBeforeSave, type DataMap } from '../../cms/validation';

const consent = { given: true, date: '2026-10-01', channels: ['situs-web'] };

describe('consentProblems', () => {
  test.each<[string, Record<string, unknown> | undefined, RegExp[]]>([
    ['complete', consent, []],
    ['complete, with expiry and other channels', { ...consent, channels: ['media-sosial', 'situs-web'], expires: '2027-10-01' }, []],
    ['missing altogether', undefined, [/Persetujuan diberikan/, /Tanggal persetujuan/, /Saluran publikasi/]],
    ['not ticked', { ...consent, given: false }, [/aktifkan "Persetujuan diberikan".*UU 27\/2022/]],
    ['no date', { ...consent, date: '' }, [/"Tanggal persetujuan" wajib diisi/]],
    ['no channel', { ...consent, channels: [] }, [/harus mencakup "Situs web Lapas"/]],
    ['only social media', { ...consent, channels: ['media-sosial'] }, [/harus mencakup "Situs web Lapas"/]],
    ['expires before it was given', { ...consent, expires: '2026-09-30' }, [/tidak boleh lebih awal/]],
  ])('%s', (_name, record, expected) => {
    const problems = consentProblems(record);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(problems[i]).toMatch(re));
  });
});

describe('hiddenFaceBodyProblems: a hidden face allows no picture in the text', () => {
  test.each<[string, string, boolean]>([
    ['no picture', 'Teks biasa dengan [tautan](https://contoh.go.id/).', false],
    ['an inline Markdown picture', 'Teks ![foto](images/a.jpg)', true],
    ['a reference picture', 'Teks ![foto][f]\n\n[f]: images/a.jpg', true],
    ['a shortcut reference picture', 'Teks ![foto]\n\n[foto]: images/a.jpg', true],
    ['an HTML picture', '<IMG src="/logo.png">', true],
  ])('%s', (_n, body, refused) => {
    expect(hiddenFaceBodyProblems({ showFace: false, body }).length > 0).toBe(refused);
    expect(hiddenFaceBodyProblems({ showFace: true, body })).toEqual([]);
  });
});

describe('problemsBeforeSave', () => {
  test.each<[string, string, Record<string, unknown>, number]>([
    ['news without picture', 'news', { title: 'x' }, 0],
    ['news with empty picture', 'news', { cover: { src: '', alt: '' } }, 0],
    ['news with picture and alt', 'news', { cover: { src: 'images/a.jpg', alt: 'Kalapas menyapa peserta.' } }, 0],
    ['news with picture, no alt', 'news', { cover: { src: 'images/a.jpg', alt: '' } }, 1],
    ['news with picture, alt only spaces', 'news', { cover: { src: 'images/a.jpg', alt: '   ' } }, 1],
    ['partner logo without alt', 'partners', { logo: { src: 'images/logo.png' } }, 1],
    ['program cover without alt', 'programs', { cover: { src: 'images/c.jpg', alt: '' } }, 1],
    ['story with consent', 'stories', { consent }, 0],
    ['story without consent', 'stories', {}, 3],
    ['story photo without alt and no consent', 'stories', { photo: { src: 'images/p.jpg', alt: '' } }, 4],
    ['site data is not checked here', 'data', {}, 0],
    ['story, face hidden, Markdown photo in the text', 'stories', { consent, body: 'Isi.\n\n![Di bengkel](images/b.jpg)' }, 1],
    ['story, face hidden, HTML photo in the text', 'stories', { consent, showFace: false, body: '<IMG src="images/b.jpg" alt="x">' }, 1],
    ['story, face may be shown, photo in the text', 'stories', { consent, showFace: true, body: '![Di bengkel](images/b.jpg)' }, 0],
    ['story, face hidden, a link is not a photo', 'stories', { consent, body: '[Bengkel](https://example.id/)' }, 0],
  ])('%s', (_name, collection, data, count) => {
    expect(problemsBeforeSave(collection, data)).toHaveLength(count);
  });

  test('consent problems come first: they are what the editor must read', () => {
    expect(problemsBeforeSave('stories', { photo: { src: 'images/p.jpg' } })[0]).toMatch(/Persetujuan diberikan/);
  });
});

describe('tidyBeforeSave', () => {
  const tidy = (collection: string, data: Record<string, unknown>) =>
    (tidyBeforeSave(collection, fromJS(data) as unknown as DataMap) as unknown as IMap<string, unknown>).toJS();

  test.each<[string, string, Record<string, unknown>, Record<string, unknown>]>([
    ['trailing comma in tags', 'news', { tags: ['pelatihan', 'las', ''] }, { tags: ['pelatihan', 'las'] }],
    ['blank outcome', 'programs', { outcomes: ['Sertifikat BLK', ' '] }, { outcomes: ['Sertifikat BLK'] }],
    ['cleared partner of a story', 'stories', { partner: '', title: 'x' }, { title: 'x' }],
    ['chosen partner is kept', 'stories', { partner: 'bapas-pati' }, { partner: 'bapas-pati' }],
    ['unknown fields are kept', 'stories', { sample: true, extra: 'x' }, { sample: true, extra: 'x' }],
    ['other collections untouched', 'partners', { areas: ['', 'x'] }, { areas: ['', 'x'] }],
  ])('%s', (_name, collection, input, expected) => {
    expect(tidy(collection, input)).toEqual(expected);
  });

  test('keeps immutable lists immutable (Decap writes them with toJS)', () => {
    const out = tidyBeforeSave('news', fromJS({ tags: ['a', ''] }) as unknown as DataMap);
    expect(List.isList(out.get('tags'))).toBe(true);
  });
});
