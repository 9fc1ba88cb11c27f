import { describe, expect, test } from 'vitest';
import { findUnsafeHtml, findUnsafeRawHtml, hardenRawHtml, isExternalUrl, type HastNode } from '../../src/lib/html-safety';

const el = (tagName: string, properties: Record<string, unknown> = {}, children: HastNode[] = []): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: HastNode[]): HastNode => ({ type: 'root', children });

describe('findUnsafeHtml', () => {
  test.each<[string, HastNode, RegExp | null]>([
    ['plain paragraph', root(el('p', {}, [{ type: 'text' }])), null],
    ['link to https', root(el('a', { href: 'https://grobogankab.go.id/' })), null],
    ['image with data:image/png', root(el('img', { src: 'data:image/png;base64,AAAA' })), null],
    ['script', root(el('script')), /<script>/],
    ['nested script', root(el('div', {}, [el('p', {}, [el('script')])])), /<script>/],
    ['onerror handler', root(el('img', { src: 'x.jpg', onError: 'alert(1)' })), /atribut "onerror"/],
    ['onclick on a link', root(el('a', { href: '/', onClick: 'x()' })), /atribut "onclick"/],
    ['javascript: link', root(el('a', { href: 'javascript:alert(1)' })), /tidak aman/],
    ['JaVaScRiPt with spaces', root(el('a', { href: '  JaVaScRiPt:alert(1)' })), /tidak aman/],
    ['data:text/html link', root(el('a', { href: 'data:text/html,<b>x</b>' })), /tidak aman/],
    ['iframe from a video host', root(el('iframe', { src: 'https://www.youtube.com/embed/x' })), /www\.youtube\.com tidak diizinkan/],
    ['iframe without src', root(el('iframe')), /alamat tak dikenal/],
    ['object', root(el('object', { data: 'x.swf' })), /<object>/],
    ['form', root(el('form', { action: 'https://evil.example/' })), /<form>/],
    ['style element', root(el('style')), /<style>/],
    ['meta refresh', root(el('meta', { httpEquiv: 'refresh' })), /<meta>/],
  ])('%s', (_name, tree, expected) => {
    const problems = findUnsafeHtml(tree);
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(expected);
  });
});

describe('findUnsafeRawHtml (raw HTML fragments inside Markdown)', () => {
  test.each<[string, RegExp | null]>([
    ['<span class="catatan">', null],
    ['</span>', null],
    ['<a href="https://contoh.id">', null],
    ['<img src="images/a.jpg" alt="Peserta pelatihan">', null],
    ['<script>alert(1)</script>', /<script>/],
    ['<SCRIPT src="https://evil.example/x.js">', /<script>/],
    ['<img src="x.jpg" onerror="alert(1)">', /atribut "onerror"/],
    ['<img/src=x/onerror=alert(1)>', /atribut "onerror"/],
    ['<span onclick="x()">', /atribut "onclick"/],
    ['<a href="javascript:alert(1)">', /tidak aman/],
    ["<a href=' javascript:alert(1)'>", /tidak aman/],
    ['<iframe src="https://www.youtube.com/embed/abc"></iframe>', /www\.youtube\.com tidak diizinkan/],
    ['<object data="x.swf">', /<object>/],
    ['<style>body{display:none}</style>', /<style>/],
  ])('%s', (raw, expected) => {
    const problems = findUnsafeRawHtml(raw);
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(expected);
  });
  test('a raw node inside a tree is checked too', () => {
    expect(findUnsafeHtml(root(el('p', {}, [{ type: 'raw', value: '<span onmouseover="x()">' }])))).toHaveLength(1);
  });
});

describe('hardenRawHtml', () => {
  test.each([
    ['<a href="https://kemenkumham.go.id/">', '<a href="https://kemenkumham.go.id/" rel="noopener noreferrer">'],
    ['<a href="/mitra/">', '<a href="/mitra/">'],
    ['<a href="https://lapas.example/x">', '<a href="https://lapas.example/x">'],
    ['<a href="https://x.example" rel="me">', '<a href="https://x.example" rel="me">'],
    ['<span>teks</span>', '<span>teks</span>'],
  ])('%s', (raw, expected) => {
    expect(hardenRawHtml(raw, 'lapas.example')).toBe(expected);
  });
});

describe('isExternalUrl', () => {
  test.each([
    ['https://other.example/x', true],
    ['http://other.example/x', true],
    ['https://lapas.example/x', false],
    ['/berita/', false],
    ['mailto:humas@example.go.id', false],
    ['#bagian', false],
  ])('%s → %s', (href, expected) => {
    expect(isExternalUrl(href, 'lapas.example')).toBe(expected);
  });
});
