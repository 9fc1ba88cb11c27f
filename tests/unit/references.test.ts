import { describe, expect, test } from 'vitest';
import { neighbours, partnerMentions, programMentions, referencing, refIds, resolveRefs, type RefField } from '../../src/lib/references';

const ref = (id: string) => ({ id, collection: 'partners' });

describe('refIds', () => {
  test.each<[string, RefField, string[]]>([
    ['nothing', undefined, []],
    ['null', null, []],
    ['one reference', ref('bapas-pati'), ['bapas-pati']],
    ['a list, in order', [ref('b'), ref('a')], ['b', 'a']],
    ['duplicates once', [ref('a'), ref('b'), ref('a')], ['a', 'b']],
    ['empty list', [], []],
  ])('%s', (_name, field, expected) => {
    expect(refIds(field)).toEqual(expected);
  });
});

describe('resolveRefs', () => {
  const published = [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ];
  test.each<[string, RefField, string[]]>([
    ['keeps the field order', [ref('b'), ref('a')], ['b', 'a']],
    ['drops an unpublished or unknown entry', [ref('a'), ref('sample-off'), ref('b')], ['a', 'b']],
    ['a single reference', ref('b'), ['b']],
    ['nothing', undefined, []],
  ])('%s', (_name, field, expected) => {
    expect(resolveRefs(field, published).map((e) => e.id)).toEqual(expected);
  });
});

describe('referencing', () => {
  const entries = [
    { id: 'n1', partners: [ref('dinsos'), ref('dinkes')] },
    { id: 'n2', partners: [ref('dinkes')] },
    { id: 'n3', partners: [] },
  ];
  test.each([
    ['dinkes', ['n1', 'n2']],
    ['dinsos', ['n1']],
    ['bapas-pati', []],
  ])('entries naming %s', (id, expected) => {
    expect(referencing(entries, (e) => e.partners, id).map((e) => e.id)).toEqual(expected);
  });
});

describe('partnerMentions and programMentions', () => {
  const news = [
    { id: 'press-release', data: { partners: [ref('dinsos'), ref('disnaker')], programs: [] } },
    { id: 'training', data: { partners: [ref('bengkel')], programs: [ref('pelatihan')] } },
  ];
  const stories = [
    { id: 'bayu', data: { partner: ref('bengkel'), programs: [ref('pelatihan')] } },
    { id: 'sri', data: { partner: undefined, programs: [ref('paket')] } },
  ];
  const programs = [
    { id: 'pelatihan', data: { partners: [ref('disnaker'), ref('bengkel')] } },
    { id: 'paket', data: { partners: [] } },
  ];
  test.each([
    ['dinsos', ['press-release'], [], []],
    ['disnaker', ['press-release'], [], ['pelatihan']],
    ['bengkel', ['training'], ['bayu'], ['pelatihan']],
    ['nobody', [], [], []],
  ])('partner %s: news %j, stories %j, programs %j', (id, newsIds, storyIds, programIds) => {
    const m = partnerMentions(id, { news, stories, programs });
    expect(m.news.map((e) => e.id)).toEqual(newsIds);
    expect(m.stories.map((e) => e.id)).toEqual(storyIds);
    expect(m.programs.map((e) => e.id)).toEqual(programIds);
  });
  test.each([
    ['pelatihan', ['training'], ['bayu']],
    ['paket', [], ['sri']],
  ])('program %s: news %j, stories %j', (id, newsIds, storyIds) => {
    const m = programMentions(id, { news, stories });
    expect(m.news.map((e) => e.id)).toEqual(newsIds);
    expect(m.stories.map((e) => e.id)).toEqual(storyIds);
  });
});

describe('neighbours (newest-first list)', () => {
  const list = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];
  test.each([
    ['newest', undefined, 'middle'],
    ['middle', 'newest', 'oldest'],
    ['oldest', 'middle', undefined],
    ['unknown', undefined, undefined],
  ])('%s → newer %s, older %s', (id, newer, older) => {
    const n = neighbours(list, id);
    expect(n.newer?.id).toBe(newer);
    expect(n.older?.id).toBe(older);
  });
});
