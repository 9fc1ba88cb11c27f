import { describe, expect, test } from 'vitest';
import { pageHref, pageLinks, paginateList } from '../../src/lib/pagination';
import { listPages } from '../../src/lib/news-lists';
import { pageParam } from '../../src/lib/routes';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginateList', () => {
  test.each([
    // total items, page size, expected pages, items on the last page
    [0, 10, 1, 0],
    [1, 10, 1, 1],
    [10, 10, 1, 10],
    [11, 10, 2, 1],
    [13, 10, 2, 3],
    [20, 10, 2, 10],
    [21, 10, 3, 1],
    [7, 3, 3, 1],
  ])('%i items, %i per page → %i pages, %i on the last', (total, size, pages, onLast) => {
    const result = paginateList(items(total), size, '/berita/');
    expect(result).toHaveLength(pages);
    expect(result.at(-1)!.items).toHaveLength(onLast);
    expect(result.every((p) => p.lastPage === pages && p.totalItems === total)).toBe(true);
    expect(result.flatMap((p) => p.items)).toEqual(items(total));
  });

  test('URLs, neighbours and positions of each page', () => {
    const [first, second, third] = paginateList(items(25), 10, '/berita/');
    expect(first).toMatchObject({ number: 1, href: '/berita/', prevHref: undefined, nextHref: '/berita/2/', start: 1, end: 10 });
    expect(second).toMatchObject({ number: 2, href: '/berita/2/', prevHref: '/berita/', nextHref: '/berita/3/', start: 11, end: 20 });
    expect(third).toMatchObject({ number: 3, href: '/berita/3/', prevHref: '/berita/2/', nextHref: undefined, start: 21, end: 25 });
  });

  test('an empty list has one empty page with no neighbours', () => {
    expect(paginateList([], 10, '/berita/tag/x/')).toEqual([
      { number: 1, lastPage: 1, items: [], totalItems: 0, start: 0, end: 0, href: '/berita/tag/x/', prevHref: undefined, nextHref: undefined },
    ]);
  });

  test.each([0, -1, 2.5, Number.NaN])('page size %s is refused', (size) => {
    expect(() => paginateList(items(3), size, '/berita/')).toThrow(/Ukuran halaman/);
  });
});

describe('pageHref and pageParam', () => {
  test.each([
    ['/berita/', 1, '/berita/', undefined],
    ['/berita/', 2, '/berita/2/', '2'],
    ['/berita/kategori/layanan/', 12, '/berita/kategori/layanan/12/', '12'],
    ['/berita/', 0, '/berita/', undefined],
  ] as const)('%s page %i → %s', (base, n, href, param) => {
    expect(pageHref(base, n)).toBe(href);
    expect(pageParam(n)).toBe(param);
  });
});

describe('listPages (getStaticPaths entries)', () => {
  test('page 1 has no parameter, later pages have their number', () => {
    const pages = listPages(items(23), '/berita/', 10);
    expect(pages.map((p) => p.params.page)).toEqual([undefined, '2', '3']);
    expect(pages.map((p) => p.page.href)).toEqual(['/berita/', '/berita/2/', '/berita/3/']);
  });
});

describe('pageLinks', () => {
  test.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 3, [1, 2, 3]],
    [1, 5, [1, 2, 'gap', 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [6, 12, [1, 'gap', 5, 6, 7, 'gap', 12]],
    [12, 12, [1, 'gap', 11, 12]],
    [4, 12, [1, 2, 3, 4, 5, 'gap', 12]],
  ] as const)('page %i of %i → %j', (current, last, expected) => {
    expect(pageLinks(current, last)).toEqual(expected);
  });

  test('a gap never hides a single page', () => {
    for (let last = 1; last <= 15; last++) {
      for (let current = 1; current <= last; current++) {
        const links = pageLinks(current, last);
        links.forEach((l, i) => {
          if (l === 'gap') expect((links[i + 1] as number) - (links[i - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });
});
