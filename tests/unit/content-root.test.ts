import { describe, expect, test } from 'vitest';
import { contentRootFrom } from '../../src/lib/build-env';

describe('contentRootFrom: the folder a build reads its content from', () => {
  test.each<[string | undefined, string]>([
    [undefined, 'content'],
    ['', 'content'],
    ['  ', 'content'],
    ['tests/fixtures/content', 'tests/fixtures/content'],
    ['./tests/fixtures/content/', 'tests/fixtures/content'],
    ['tests\\fixtures\\content', 'tests/fixtures/content'],
  ])('CONTENT_ROOT=%j → %s', (value, expected) => {
    expect(contentRootFrom({ CONTENT_ROOT: value })).toBe(expected);
  });

  test.each(['/etc', '../lain/content', 'tests/../../content', 'C:\\konten', '.'])('refuses %j: only a folder inside the project', (value) => {
    expect(() => contentRootFrom({ CONTENT_ROOT: value })).toThrow(/harus folder di dalam proyek/);
  });
});
