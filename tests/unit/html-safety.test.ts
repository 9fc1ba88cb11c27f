import { describe, expect, test } from 'vitest';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markdownToHtml } from 'satteri';
import { checkHtml, imageProblem, isExternalUrl, linkProblem, treeToHtml } from '../../src/lib/html-safety';
import { isBesideEntry, markdownSafety, renderedPictures, unsafeBodyProblems, unsafeHtmlMessage } from '../../src/lib/markdown-safety';

const SITE = 'https://lapas.example';
const HOST = 'lapas.example';

/** Tags a page may get from a body (the allow-list, h1 excluded: it becomes h2). */
const PAGE_TAGS = new Set(
  'p div span br hr h2 h3 h4 h5 h6 strong em b i u s del ins mark small sup sub abbr q kbd code pre blockquote ul ol li input a img table caption thead tbody tfoot tr th td figure figcaption details summary section'.split(
    ' ',
  ),
);

/** Every element of a tree (a browser's reading of the HTML). */
function elements(tree: Nodes): Element[] {
  const found: Element[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Whether a tree has a comment anywhere. */
const hasComment = (tree: Nodes): boolean => tree.type === 'comment' || ('children' in tree && tree.children.some(hasComment));

/** What a browser would find wrong in the HTML a page gets (empty when it is harmless). */
function dangerIn(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  const found: string[] = [];
  if (hasComment(tree)) found.push('comment');
  for (const el of elements(tree)) {
    if (!PAGE_TAGS.has(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on|^style$|^srcSet$|^ping$|^formAction$|^xLinkHref$|^httpEquiv$|^srcDoc$|^action$|^data$/i.test(name)) found.push(`${name} on <${el.tagName}>`);
      if (name === 'href' && typeof value === 'string' && linkProblem(value, HOST)) found.push(`href ${value}`);
      if (name === 'src' && typeof value === 'string' && imageProblem(value, HOST)) found.push(`src ${value}`);
    }
  }
  return found;
}

/** The HTML the cleaner lets through for a fragment. */
const cleaned = (html: string) => treeToHtml(checkHtml(html, HOST).tree);

/** Hostile raw HTML in the spellings browsers read and regular expressions miss, with the words the editor reads. */
const hostile: [string, string, RegExp][] = [
  ['attribute value holding >', '<img alt=">" src=x onerror=alert(1)>', /atribut "onerror" pada <img>/],
  ['tabs between attributes', '<img\tsrc=x\tonerror=alert(1)>', /atribut "onerror" pada <img>/],
  ['upper-case handler', '<IMG SRC=x ONERROR=alert(1)>', /atribut "onerror" pada <img>/],
  ['handler after a newline', '<img src=x\nonerror=alert(1)>', /atribut "onerror"/],
  ['handler on an allowed element', '<p onclick="x()">klik</p>', /atribut "onclick" pada <p>/],
  ['decimal reference in scheme', '<a href="&#106;avascript:alert(1)">x</a>', /alamat "javascript:alert\(1\)" pada <a> tidak aman/],
  ['hex reference without semicolon', '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>', /pada <a> tidak aman/],
  ['tab reference inside scheme', '<a href="java&#x09;script:alert(1)">x</a>', /java\[tab\]script.*tidak aman/],
  ['raw tab inside scheme', '<a href="java\tscript:alert(1)">x</a>', /tidak aman/],
  ['newline inside scheme', '<a href="java\nscript:alert(1)">x</a>', /tidak aman/],
  ['named &colon;', '<a href="javascript&colon;alert(1)">x</a>', /tidak aman/],
  ['upper case, leading space', '<a href=" JAVASCRIPT:alert(1)">x</a>', /tidak aman/],
  ['unquoted javascript:', '<a href=javascript:alert(1)>x</a>', /tidak aman/],
  ['vbscript', '<a href="vbscript:msgbox(1)">x</a>', /tidak aman/],
  ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /alamat "data:text\/html.*tidak aman/],
  ['protocol-relative link', '<a href="//evil.example/">x</a>', /menuju situs lain tanpa https:\/\//],
  ['backslash protocol-relative link', '<a href="\\\\evil.example/">x</a>', /menuju situs lain/],
  ['ping', '<a href="/berita/" ping="https://evil.example/log">x</a>', /atribut "ping" pada <a>/],
  ['script', '<script>alert(1)</script>', /kode program <script>/],
  ['script in upper case', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', /<script>/],
  ['style element', '<style>body{display:none}</style>', /<style>/],
  ['style attribute', '<p style="position:fixed;inset:0">x</p>', /atribut "style" pada <p>/],
  ['plaintext swallows the page', '<plaintext>', /tag <plaintext>/],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>', /tag <xmp>/],
  ['noembed', '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>', /tag <noembed>/],
  ['noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /tag <noscript>/],
  ['textarea', '<textarea>', /kotak isian <textarea>/],
  ['title', '<title>x</title>', /tag <title>/],
  ['template', '<template><script>alert(1)</script></template>', /tag <template>/],
  ['svg with script', '<svg><script>alert(1)</script></svg>', /<svg>.*|kode program <script>/],
  ['svg foreignObject', '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>', /gambar kode <svg>/],
  ['math with xlink:href', '<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>', /rumus <math>/],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /sisipan <iframe> dari alamat tak dikenal.*tulis tautan biasa/],
  ['iframe from a video host', '<iframe src="https://www.youtube.com/embed/abc"></iframe>', /sisipan <iframe> dari www\.youtube\.com tidak diizinkan/],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', /tag <meta>/],
  ['base', '<base href="https://evil.example/">', /tag <base>/],
  ['link', '<link rel="stylesheet" href="https://evil.example/x.css">', /tag <link>/],
  ['form', '<form action="https://evil.example/"><button>Kirim</button></form>', /formulir <form>/],
  ['formaction', '<button formaction="javascript:alert(1)">x</button>', /tombol <button>/],
  ['tracking pixel', '<img src="https://tracker.example/p.gif" alt="">', /gambar dari situs lain \(tracker\.example\)/],
  ['http tracking pixel in capitals', '<IMG SRC="HTTP://TRACKER.EXAMPLE/p.gif">', /tracker\.example/],
  ['protocol-relative image', '<img src="//tracker.example/p.gif">', /gambar dari situs lain \(tracker\.example\)/],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', /gambar "data:image.*unggah fotonya/],
  ['srcset with a foreign host', '<img src="/media/a.jpg" srcset="https://tracker.example/a.jpg 2x">', /atribut "srcset" pada <img>/],
  ['picture source', '<picture><source srcset="https://tracker.example/a.jpg"><img src="/media/a.jpg"></picture>', /tag <picture>/],
  ['object', '<object data="https://evil.example/x.swf"></object>', /sisipan <object>/],
  ['embed', '<embed src="https://evil.example/x.swf">', /sisipan <embed>/],
  ['video', '<video src="https://evil.example/v.mp4"></video>', /sisipan <video>/],
  ['xlink:href on svg a', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /<svg>/],
  ['unknown element', '<marquee>x</marquee>', /tag <marquee> tidak termasuk HTML yang boleh/],
  ['id with an odd value', '<h2 id="a b&quot;">x</h2>', /atribut id="a b&quot;" pada <h2>|atribut id="a b"" pada <h2>/],
  ['checkbox that is a text field', '<input type="text" value="x">', /atribut type="text" pada <input>/],
  ['a link that hands over the window (rel=opener)', '<a href="https://evil.example/" rel="opener" target="_blank">x</a>', /atribut rel="opener" pada <a>/],
  ['a list starting at infinity', '<ol start="1e9999"><li>x</li></ol>', /atribut start="Infinity" pada <ol>/],
  ['a cell spanning a million columns', '<table><tr><td colspan="999999">x</td></tr></table>', /atribut colspan="999999" pada <td>/],
];

describe('hostile raw HTML is refused with the element named, and never reaches the page', () => {
  test.each(hostile)('%s: %s', (_name, html, message) => {
    const { problems } = checkHtml(html, HOST);
    expect(problems.join('\n')).toMatch(message);
    expect(dangerIn(cleaned(html))).toEqual([]);
  });

  test.each(hostile)('in a Markdown body, %s, is refused by the content check', (_name, html) => {
    expect(unsafeBodyProblems(`Paragraf.\n\n${html}\n`, SITE)).not.toEqual([]);
  });
});

/** Hostile Markdown (not raw HTML): Sätteri keeps these URLs as they are, so the allow-list must judge its elements. */
const hostileMarkdown: [string, string, RegExp][] = [
  ['javascript: link', '[klik](javascript:alert(1))', /alamat "javascript:alert\(1\)" pada <a> tidak aman/],
  ['entity in link scheme', '[klik](javascript&colon;alert(1))', /tidak aman/],
  ['data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /tidak aman/],
  ['tracking pixel image', '![ ](https://tracker.example/p.gif)', /gambar dari situs lain \(tracker\.example\)/],
  ['protocol-relative link', '[klik](//evil.example/)', /menuju situs lain/],
  ['upper-case scheme', '[klik](JAVASCRIPT:alert(1))', /tidak aman/],
];

describe('hostile Markdown links and images are refused too', () => {
  test.each(hostileMarkdown)('%s: %s', (_name, markdown, message) => {
    expect(unsafeBodyProblems(markdown, SITE).join('\n')).toMatch(message);
  });
});

/** What humas may write, in raw HTML or Markdown: passes with no problem, and the elements reach the page. */
const allowed: [string, string, string[]][] = [
  [
    'table with caption',
    '<table><caption>Jadwal</caption><thead><tr><th scope="col">Hari</th></tr></thead><tbody><tr><td colspan="2">Senin</td></tr></tbody></table>',
    ['table', 'caption', 'thead', 'th', 'td'],
  ],
  [
    'figure with same-site image',
    '<figure><img src="/media/pelatihan.jpg" alt="Pelatihan"><figcaption>Pelatihan las</figcaption></figure>',
    ['figure', 'img', 'figcaption'],
  ],
  ['image on the site host', '<img src="https://lapas.example/media/a.jpg" alt="A">', ['img']],
  ['relative image', '<img src="images/a.jpg" alt="A">', ['img']],
  ['details', '<details><summary>Syarat kunjungan</summary><p>Bawa KTP.</p></details>', ['details', 'summary', 'p']],
  ['wa.me link', '<a href="https://wa.me/6281234567890">WhatsApp</a>', ['a']],
  ['mailto', '<a href="mailto:humas@lapas.example">surel</a>', ['a']],
  ['tel', '<a href="tel:+62292421234">telepon</a>', ['a']],
  ['fragment', '<a href="#jadwal">jadwal</a>', ['a']],
  ['relative link', '<a href="/berita/">berita</a>', ['a']],
  ['link opening a new tab', '<a href="https://kemenkumham.go.id/" target="_blank">Kemenkumham</a>', ['a']],
  ['inline formatting', '<p><strong>a</strong> <em>b</em> <del>c</del> <code>d</code> <sup>2</sup></p>', ['strong', 'em', 'del', 'code', 'sup']],
  ['class on a span', '<span class="catatan">catatan</span>', ['span']],
];

describe('allowed HTML passes and reaches the page', () => {
  test.each(allowed)('%s', (_name, html, tags) => {
    const { problems } = checkHtml(html, HOST);
    expect(problems).toEqual([]);
    const out = fromHtml(cleaned(html), { fragment: true });
    const found = elements(out).map((e) => e.tagName);
    for (const tag of tags) expect(found).toContain(tag);
    expect(dangerIn(cleaned(html))).toEqual([]);
  });

  test.each([
    ['wa.me', 'https://wa.me/6281234567890', 'https://wa.me/6281234567890'],
    ['mailto', 'mailto:humas@lapas.example', 'mailto:humas@lapas.example'],
    ['tel', 'tel:+62292421234', 'tel:+62292421234'],
    ['same-site image', '/media/a.jpg', '/media/a.jpg'],
  ])('%s keeps its address unchanged', (_name, url, expected) => {
    const html = url.startsWith('/') ? `<img src="${url}" alt="">` : `<a href="${url}">x</a>`;
    const el = elements(checkHtml(html, HOST).tree)[0]!;
    expect(el.properties.href ?? el.properties.src).toBe(expected);
  });
});

/** Renders Markdown the way the site does, with the safety plugin. */
const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [markdownSafety({ site: SITE })], features: { gfm: true, smartPunctuation: true } }).html;

describe('the Sätteri plugin writes the cleaned tree', () => {
  test('comments never reach the page; details with Markdown inside stays one element', () => {
    const html = render(
      'Awal.\n\n<!-- catatan internal: jangan terbit -->\n\n<details>\n<summary>Syarat</summary>\n\n- KTP\n- Surat\n\n</details>\n\n<!--[if IE]><p>lama</p><![endif]-->\n',
    );
    expect(html).not.toContain('catatan internal');
    expect(html).not.toContain('[if IE]');
    const tree = fromHtml(html, { fragment: true });
    expect(hasComment(tree)).toBe(false);
    const details = elements(tree).find((e) => e.tagName === 'details')!;
    expect(elements(details).map((e) => e.tagName)).toEqual(expect.arrayContaining(['summary', 'ul', 'li']));
  });

  test('a tab Sätteri percent-encodes leaves a harmless relative address, not a script', () => {
    const tree = fromHtml(render('[x](java&#x09;script:alert(1))'), { fragment: true });
    const href = String(elements(tree).find((e) => e.tagName === 'a')!.properties.href);
    expect(new URL(href, SITE).protocol).toBe('https:');
  });

  test('a tag Markdown does not read as HTML stays text', () => {
    const tree = fromHtml(render('<img/src=x/onerror=alert(1)>'), { fragment: true });
    expect(elements(tree).map((e) => e.tagName)).toEqual(['p']);
  });

  test('GFM table alignment becomes a class, never a style attribute', () => {
    const html = render('| Hari | Jam |\n|:--|--:|\n| Senin | 08.00 |\n');
    expect(html).not.toContain('style=');
    expect(html).toContain('class="align-right"');
  });

  test('external links get rel="noopener noreferrer", site links do not', () => {
    const tree = fromHtml(render('[wa](https://wa.me/62812) [b](/berita/) [c](https://lapas.example/x/)'), { fragment: true });
    const rels = elements(tree)
      .filter((e) => e.tagName === 'a')
      .map((e) => e.properties.rel ?? null);
    expect(rels).toEqual([['noopener', 'noreferrer'], null, null]);
  });

  test("a heading 1 in the body becomes a heading 2 (the title is the page's only h1)", () => {
    expect(render('# Bagian')).toMatch(/^<h2 id="user-content-bagian">Bagian<\/h2>/);
  });

  test.each<[string, string, string[], string[]]>([
    ['a heading named like a section of the page ("Pesan" on a work\'s page)', '## Pesan\n\nIsi.', ['user-content-pesan'], []],
    ["an editor's id equal to the page's own (id=\"main\", the skip link's target)", '<h2 id="main">Judul</h2>', ['user-content-main'], []],
    ['two headings with one text', '## Syarat\n\n## Syarat', ['user-content-syarat', 'user-content-syarat-1'], []],
    ["an editor's id and a heading whose slug is the same", '<h3 id="jadwal">A</h3>\n\n## Jadwal', ['user-content-jadwal', 'user-content-jadwal-1'], []],
    ['two elements an editor gave one id', '<h3 id="catatan">a</h3>\n\n<h3 id="catatan">b</h3>', ['user-content-catatan', 'user-content-catatan-1'], []],
    ['a link to a heading of the body follows it', '## Jam Besuk\n\n[lihat jam](#jam-besuk)', ['user-content-jam-besuk'], ['#user-content-jam-besuk']],
    ["a link to the page's own part stays", '[ke atas](#main)', [], ['#main']],
    [
      'footnotes keep their links (label, reference and back reference)',
      'Teks[^1].\n\n[^1]: Catatan.',
      ['user-content-fnref-1', 'user-content-footnote-label', 'user-content-fn-1'],
      ['#user-content-fn-1', '#user-content-fnref-1'],
    ],
  ])('body ids live in their own namespace: %s', (_name, markdown, ids, hrefs) => {
    const tree = fromHtml(render(markdown), { fragment: true });
    const all = elements(tree);
    expect(all.map((e) => e.properties.id).filter(Boolean)).toEqual(ids);
    expect(all.filter((e) => e.tagName === 'a').map((e) => e.properties.href)).toEqual(expect.arrayContaining(hrefs));
    const described = all.flatMap((e) => (e.properties.ariaDescribedBy as string[] | undefined) ?? []);
    for (const id of described) expect(ids).toContain(id);
  });

  test.each(hostile.slice(0, 12))('refuses %s and names the file', (_name, html) => {
    const file = new URL('file:///proyek/content/news/uji.md');
    const run = () => markdownToHtml(`Teks.\n\n${html}\n`, { fileURL: file, hastPlugins: [markdownSafety({ site: SITE })] });
    expect(run).toThrow(/uji\.md: isi tulisan memuat HTML yang tidak aman/);
  });
});

describe('messages', () => {
  test('unsafeHtmlMessage names the file, each problem and the fix', () => {
    const message = unsafeHtmlMessage('content/news/a.md', ['kode program <script> tidak boleh ada di isi tulisan', 'atribut "onerror" pada <img>']);
    expect(message).toMatch(/^content\/news\/a\.md: /);
    expect(message).toContain('<script>');
    expect(message).toContain('onerror');
    expect(message).toContain('Hapus bagian itu');
  });
});

describe('isExternalUrl', () => {
  test.each([
    ['https://other.example/x', true],
    ['http://other.example/x', true],
    ['HTTPS://OTHER.EXAMPLE/x', true],
    ['https://lapas.example/x', false],
    ['https://LAPAS.example/x', false],
    ['/berita/', false],
    ['mailto:humas@example.go.id', false],
    ['#bagian', false],
    // Read as a browser on an https page of the site reads them:
    ['http:other.example/x', true],
    ['http:\\\\other.example/x', true],
    ['https:other.example', false], // same scheme as the page: a path on this site (/other.example)
  ])('%s → %s', (href, expected) => {
    expect(isExternalUrl(href, HOST)).toBe(expected);
  });
});

describe('linkProblem and imageProblem', () => {
  test.each<[string, boolean]>([
    ['https://wa.me/62812', true],
    ['http://contoh.id', true],
    ['mailto:a@b.id', true],
    ['tel:+62292', true],
    ['#x', true],
    ['../berita/', true],
    ['javascript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['//evil.example', false],
    ['ftp://contoh.id/', false],
  ])('link %s allowed: %s', (href, ok) => {
    expect(linkProblem(href, HOST) === null).toBe(ok);
  });
  test.each<[string, boolean]>([
    ['images/a.jpg', true],
    ['/media/a.jpg', true],
    ['https://lapas.example/a.jpg', true],
    ['https://tracker.example/p.gif', false],
    ['//tracker.example/p.gif', false],
    ['data:image/png;base64,AAAA', false],
    ['javascript:alert(1)', false],
  ])('image %s allowed: %s', (src, ok) => {
    expect(imageProblem(src, HOST) === null).toBe(ok);
  });
});

describe('renderedPictures: every <img> of a rendered body, processed by Astro or not', () => {
  test.each<[string, string, { processed: number; unprocessed: string[] }]>([
    ['no picture', '<p>Teks.</p>', { processed: 0, unprocessed: [] }],
    ['a Markdown picture Astro processes', '<p><img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;images/a.jpg&quot;}"></p>', { processed: 1, unprocessed: [] }],
    ['a Markdown reference Astro did not process', '<p>Teks. <img src="images/wajah.jpg" alt="foto"></p>', { processed: 0, unprocessed: ['images/wajah.jpg'] }],
    ['a site address written in HTML', '<img src="/logo.png" alt="">', { processed: 0, unprocessed: ['/logo.png'] }],
    ['upper-case tag and attribute, unquoted', '<IMG SRC=images/b.jpg>', { processed: 0, unprocessed: ['images/b.jpg'] }],
  ])('%s', (_name, html, expected) => {
    expect(renderedPictures(html)).toEqual(expected);
  });
});

describe('isBesideEntry: an address that names a file beside the entry', () => {
  test.each<[string, boolean]>([
    ['images/foto.jpg', true],
    ['./images/foto.jpg', true],
    ['  images/foto.jpg ', true],
    ['/logo.png', false],
    ['https://lapas.example/logo.png', false],
    ['data:image/png;base64,AAAA', false],
    ['#bagian', false],
    ['', false],
  ])('%s → %s', (src, expected) => {
    expect(isBesideEntry(src)).toBe(expected);
  });
});
