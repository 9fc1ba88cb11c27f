import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, type ProjectCopy, type RunResult } from '../support/project-copy';

/**
 * End to end: a body with the raw HTML humas may write (and an HTML comment) is built with the real
 * build, and the built page is read as a browser reads it: the comment is gone, the allowed
 * elements are there as written.
 */
const BODY = `---
title: Uji HTML yang boleh
summary: Tulisan uji dengan tabel, figure dan details.
date: 2026-01-15T09:00:00+07:00
category: kegiatan
---
Paragraf pembuka dengan [WhatsApp humas](https://wa.me/6281234567890), [surel](mailto:humas@lapaspurwodadi.example.id) dan [telepon](tel:+62292421234).

<!-- CATATAN-RAHASIA: jangan terbit -->

<table>
<caption>Jadwal kunjungan</caption>
<thead><tr><th scope="col">Hari</th><th scope="col">Jam</th></tr></thead>
<tbody><tr><td>Senin</td><td>08.00–12.00</td></tr></tbody>
</table>

<figure>
<img src="/favicon.svg" alt="Logo lapas">
<figcaption>Logo lapas</figcaption>
</figure>

<details>
<summary>Syarat kunjungan</summary>

- Membawa KTP asli
- Berpakaian sopan

</details>

| Layanan | Biaya |
|:--|--:|
| Kunjungan | Gratis |

![Kalender kunjungan](images/jadwal-kunjungan.jpg)

\`\`\`js
const jam = '08.00';
\`\`\`
`;

/** A work's description with a heading named like the page's order section, and an editor's id of the page's own. */
const WORK_BODY = '\n\n## Pesan\n\nPesan lewat formulir di bawah.\n\n<h2 id="main">Bagian utama</h2>\n\n[Ke bagian pesan](#pesan)\n';

let copy: ProjectCopy;
let result: RunResult;
let page: Nodes;
let workPage: Nodes;

/** Every element under a node. */
function elements(node: Nodes): Element[] {
  const found: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element') found.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(node);
  return found;
}

/** Every comment under a node. */
function comments(node: Nodes): string[] {
  if (node.type === 'comment') return [node.value];
  return 'children' in node ? node.children.flatMap(comments) : [];
}

beforeAll(async () => {
  copy = await copyProject('html-safety-');
  await writeFile(path.join(copy.dir, 'content/news/uji-html-aman.md'), BODY);
  const work = path.join(copy.dir, 'content/products/cuci-mobil.md');
  await writeFile(work, (await readFile(work, 'utf8')) + WORK_BODY);
  result = await buildSite(copy.dir);
  if (result.code === 0) {
    page = fromHtml(await readFile(path.join(copy.dir, 'dist/berita/uji-html-aman/index.html'), 'utf8'));
    workPage = fromHtml(await readFile(path.join(copy.dir, 'dist/karya/cuci-mobil/index.html'), 'utf8'));
  }
}, 300_000);
afterAll(async () => copy?.remove());

describe('allowed raw HTML in a body is built as written; comments never reach the page', () => {
  test('the build succeeds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  test('the HTML comment is gone from the page', () => {
    expect(comments(page).join('\n')).not.toContain('CATATAN-RAHASIA');
    expect(JSON.stringify(page)).not.toContain('CATATAN-RAHASIA');
  });

  test.each([
    ['table', 'caption'],
    ['table', 'thead'],
    ['figure', 'img'],
    ['figure', 'figcaption'],
    ['details', 'summary'],
    ['details', 'li'],
  ])('<%s> holds <%s>', (outer, inner) => {
    const containers = elements(page).filter((e) => e.tagName === outer);
    expect(containers.some((c) => elements(c).some((e) => e !== c && e.tagName === inner))).toBe(true);
  });

  test.each([
    ['https://wa.me/6281234567890', ['noopener', 'noreferrer']],
    ['mailto:humas@lapaspurwodadi.example.id', undefined],
    ['tel:+62292421234', undefined],
  ])('link %s is kept (rel %s)', (href, rel) => {
    const link = elements(page).find((e) => e.tagName === 'a' && e.properties.href === href);
    expect(link).toBeDefined();
    expect(link!.properties.rel).toEqual(rel);
  });

  test('a Markdown photo next to the entry is still processed by Astro (served from /_astro/)', () => {
    const photo = elements(page).find((e) => e.tagName === 'img' && e.properties.alt === 'Kalender kunjungan');
    expect(String(photo?.properties.src)).toMatch(/^\/_astro\//);
  });

  test('a highlighted code block becomes plain pre > code with its text', () => {
    const pre = elements(page).find((e) => e.tagName === 'pre');
    expect(pre && elements(pre).some((e) => e.tagName === 'code' && JSON.stringify(e).includes("const jam = '08.00';"))).toBe(true);
  });

  test('the same-site image keeps its address, and no element in the body has a style attribute', () => {
    expect(elements(page).some((e) => e.tagName === 'img' && e.properties.src === '/favicon.svg')).toBe(true);
    const table = elements(page).filter((e) => e.tagName === 'td' && e.properties.className);
    expect(table.map((e) => e.properties.className)).toContainEqual(['align-right']);
    expect(elements(page).filter((e) => e.properties.style !== undefined).map((e) => e.tagName)).toEqual([]);
  });
});

describe("a body's ids never collide with the page's own", () => {
  test('a heading "Pesan" and an editor\'s id="main" on a work\'s page: every id once, the order button and the skip link lead where they did', () => {
    const ids = elements(workPage)
      .map((e) => e.properties.id)
      .filter((id): id is string => typeof id === 'string');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(elements(workPage).find((e) => e.properties.id === 'pesan')?.tagName).toBe('section');
    expect(elements(workPage).find((e) => e.properties.id === 'main')?.tagName).toBe('main');
    expect(ids).toEqual(expect.arrayContaining(['user-content-pesan', 'user-content-main']));
    // The body's own link to its heading follows the heading's id.
    expect(elements(workPage).some((e) => e.tagName === 'a' && e.properties.href === '#user-content-pesan')).toBe(true);
  });
});
