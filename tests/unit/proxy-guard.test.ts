/** The local CMS proxy's guard: content areas from the CMS configuration, paths, actions, Host and Origin. */
import { describe, expect, test } from 'vitest';
import type { CmsConfig } from 'decap-cms-core';
import { cmsConfig } from '../../cms/config';
import { withLocalProxyPort } from '../../cms/local-proxy';
import { KNOWN_ACTIONS, contentAreas, judgePath, judgeRequest, judgeSource, siteOriginsFrom, type ContentAreas } from '../../cms/proxy-guard';

const areas = contentAreas(cmsConfig);

describe('the content areas come from the CMS configuration', () => {
  const named = cmsConfig.collections.flatMap((c) => [c.folder, ...(c.files ?? []).map((f) => f.file)]).filter((p): p is string => !!p);
  test.each(named)('%s is open to the CMS', (area) => {
    expect(judgePath(`${area}${area.endsWith('.yaml') ? '' : '/contoh.md'}`, areas)).toEqual({ ok: true });
  });
  test('the global media folder is open, and every area lies under content/', () => {
    expect(judgePath(`${cmsConfig.media_folder}/foto.jpg`, areas)).toEqual({ ok: true });
    expect([...areas.folders, ...areas.files].every((a) => a.startsWith('content/'))).toBe(true);
    expect(areas.collections).toEqual(cmsConfig.collections.map((c) => c.name));
  });

  const config = (collections: unknown[], media_folder = 'content/media') => ({ media_folder, collections }) as unknown as CmsConfig;
  test.each<[string, CmsConfig, Partial<ContentAreas>]>([
    [
      'a folder collection; its relative media folder lies inside it',
      config([{ name: 'a', folder: 'content/a', media_folder: 'images' }]),
      { folders: ['content/a', 'content/media'] },
    ],
    [
      'a media folder from the repository root',
      config([{ name: 'a', folder: 'content/a', media_folder: '/content/uploads' }]),
      { folders: ['content/a', 'content/media', 'content/uploads'] },
    ],
    [
      'a media folder with a template keeps its fixed part',
      config([{ name: 'a', folder: 'content/a', media_folder: '/content/foto/{{slug}}' }]),
      { folders: ['content/a', 'content/foto', 'content/media'] },
    ],
    [
      'file collections: the files, and a media folder beside them',
      config([{ name: 'd', files: [{ file: 'content/data/x.yaml', media_folder: 'foto' }] }]),
      { folders: ['content/data/foto', 'content/media'], files: ['content/data/x.yaml'] },
    ],
    ['paths are normalised', config([{ name: 'a', folder: './content//a/' }], '/content/media/'), { folders: ['content/a', 'content/media'] }],
  ])('%s', (_name, cfg, expected) => {
    expect(contentAreas(cfg)).toMatchObject(expected);
  });

  test.each<[string, CmsConfig]>([
    ['a collection in src/', config([{ name: 'a', folder: 'src/pages' }])],
    ['a media folder that climbs out', config([{ name: 'a', folder: 'content/a', media_folder: '../../public' }])],
    ['a global media folder outside content/', config([], 'public/uploads')],
    ['a file outside content/', config([{ name: 'd', files: [{ file: 'package.json' }] }])],
    ['a folder above the repository', config([{ name: 'a', folder: '../elsewhere' }])],
  ])('refuses to start with %s', (_name, cfg) => {
    expect(() => contentAreas(cfg)).toThrow(/Konfigurasi CMS menyebut/);
  });
});

describe('judgePath: only inside the content areas, judged as decap-server resolves it', () => {
  test.each([
    'content/news/berita-baru.md',
    'content/news/images/foto.jpg',
    'content/news',
    'content/programs/images/foto.webp',
    'content/data/faq.yaml',
    './content/news/a.md',
    'content/news/../stories/a.md',
    'content//news/a.md',
  ])('accepts %s', (p) => {
    expect(judgePath(p, areas)).toEqual({ ok: true });
  });

  test.each<[unknown, RegExp]>([
    ['src/pages/x.astro', /di luar folder konten/],
    ['../x', /keluar dari folder proyek/],
    ['content/../src/x.astro', /di luar folder konten/],
    ['content/news/../../src/x.astro', /di luar folder konten/],
    ['/etc/passwd', /absolut/],
    ['/work/main/content/news/a.md', /absolut/],
    ['content\\..\\src\\x.astro', /karakter/],
    ['C:/x/content/news/a.md', /karakter/],
    ['content/news/a.md\0.astro', /karakter/],
    ['content/news/%2e%2e/%2e%2e/src/pages/x.astro', /di luar folder konten/],
    ['content%2F..%2Fsrc%2Fx.astro', /di luar folder konten/],
    ['content/news/%zz.md', /kode %/],
    ['content/data/settings.yaml.bak', /di luar folder konten/],
    ['content/data/other.yaml', /di luar folder konten/],
    ['content/newsletter/a.md', /di luar folder konten/],
    ['content', /di luar folder konten/],
    ['', /bukan jalur/],
    [42, /bukan jalur/],
    [null, /bukan jalur/],
    [['content/news/a.md'], /bukan jalur/],
  ])('refuses %j', (p, reason) => {
    const verdict = judgePath(p, areas);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });
});

const opts = { commitMessage: 'uji', useWorkflow: false, status: 'draft' };
const entry = (path: string, newPath?: string) => ({ slug: 'x', path, raw: 'x', ...(newPath ? { newPath } : {}) });

describe('judgeRequest: every path param of every decap-server action', () => {
  test('knows exactly the actions of decap-server 3.11', () => {
    expect(KNOWN_ACTIONS.sort()).toEqual(
      [
        'info',
        'entriesByFolder',
        'entriesByFiles',
        'getEntry',
        'unpublishedEntries',
        'unpublishedEntry',
        'unpublishedEntryDataFile',
        'unpublishedEntryMediaFile',
        'deleteUnpublishedEntry',
        'persistEntry',
        'updateUnpublishedEntryStatus',
        'publishUnpublishedEntry',
        'getMedia',
        'getMediaFile',
        'persistMedia',
        'deleteFile',
        'deleteFiles',
        'getDeployPreview',
      ].sort(),
    );
  });

  const ok = 'content/news/a.md';
  const bad = 'src/pages/x.astro';
  test.each<[string, Record<string, unknown>, string | undefined]>([
    ['entriesByFolder', { folder: bad, extension: 'md', depth: 1 }, 'folder'],
    ['entriesByFolder', { folder: 'content/news', extension: 'md', depth: 1 }, undefined],
    ['entriesByFiles', { files: [{ path: ok }, { path: bad }] }, 'files[1].path'],
    ['entriesByFiles', { files: 'content/news/a.md' }, 'files'],
    ['entriesByFiles', { files: [{ path: ok }] }, undefined],
    ['getEntry', { path: bad }, 'path'],
    ['getEntry', { path: ok }, undefined],
    ['unpublishedEntryDataFile', { collection: 'news', slug: 'a', id: 'x', path: bad }, 'path'],
    ['unpublishedEntryMediaFile', { collection: 'news', slug: 'a', id: 'x', path: '.git/config' }, 'path'],
    ['persistEntry', { entry: entry(bad), assets: [], options: opts }, 'entry.path'],
    ['persistEntry', { entry: entry(ok, bad), assets: [], options: opts }, 'entry.newPath'],
    ['persistEntry', { entry: 'x', assets: [], options: opts }, 'entry'],
    ['persistEntry', { dataFiles: [entry(ok), entry('../x')], assets: [], options: opts }, 'dataFiles[1].path'],
    ['persistEntry', { dataFiles: [entry(ok, 'content/../src/x')], assets: [], options: opts }, 'dataFiles[0].newPath'],
    ['persistEntry', { dataFiles: [entry(ok)], assets: [{ path: 'public/x.js', content: '', encoding: 'base64' }], options: opts }, 'assets[0].path'],
    ['persistEntry', { dataFiles: [entry(ok)], assets: 'x', options: opts }, 'assets'],
    [
      'persistEntry',
      { dataFiles: [entry(ok, 'content/news/b.md')], assets: [{ path: 'content/news/images/a.jpg', content: '', encoding: 'base64' }], options: opts },
      undefined,
    ],
    ['getMedia', { mediaFolder: '.' }, 'mediaFolder'],
    ['getMedia', { mediaFolder: 'content/news/images' }, undefined],
    ['getMediaFile', { path: 'package.json' }, 'path'],
    ['persistMedia', { asset: { path: 'src/pages/x.astro', content: '', encoding: 'base64' }, options: opts }, 'asset.path'],
    ['persistMedia', { asset: { path: 'content/stories/images/a.png', content: '', encoding: 'base64' }, options: opts }, undefined],
    ['deleteFile', { path: '/etc/passwd', options: opts }, 'path'],
    ['deleteFile', { path: ok, options: opts }, undefined],
    ['deleteFiles', { paths: [ok, 'astro.config.mjs'], options: opts }, 'paths[1]'],
    ['deleteFiles', { paths: ok, options: opts }, 'paths'],
    ['deleteUnpublishedEntry', { collection: 'pengaturan', slug: 'a' }, 'collection'],
    ['unpublishedEntry', { id: 'lain/a' }, 'collection'],
    ['unpublishedEntry', { id: 'news/a' }, undefined],
    ['publishUnpublishedEntry', { collection: 'news', slug: 'a' }, undefined],
    ['unpublishedEntries', {}, undefined],
  ])('%s %j → refused at %s', (action, params, field) => {
    const verdict = judgeRequest({ action, params: { branch: 'main', ...params } }, areas);
    if (field === undefined) expect(verdict).toMatchObject({ ok: true, action });
    else expect(verdict).toMatchObject({ ok: false, action, field });
  });

  test.each<[unknown, RegExp]>([
    [{ action: 'runShell', params: {} }, /aksi tidak dikenal/],
    [{ action: 'toString', params: {} }, /aksi tidak dikenal/],
    [{ params: {} }, /aksi tidak dikenal/],
    [{ action: 'getEntry' }, /params tidak ada/],
    ['info', /bukan objek JSON/],
    [null, /bukan objek JSON/],
  ])('refuses %j', (body, reason) => {
    const verdict = judgeRequest(body, areas);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(reason);
  });

  test('info needs no params', () => {
    expect(judgeRequest({ action: 'info' }, areas)).toEqual({ ok: true, action: 'info', paths: [], fields: [] });
  });

  test('an allowed request names every path it carries, as sent (the proxy logs those of changes)', () => {
    const body = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [entry(ok, 'content/news/b.md')],
        assets: [{ path: 'content/news/images/a.jpg', content: '', encoding: 'base64' }],
        options: opts,
      },
    };
    expect(judgeRequest(body, areas)).toEqual({
      ok: true,
      action: 'persistEntry',
      paths: [ok, 'content/news/b.md', 'content/news/images/a.jpg'],
      fields: ['dataFiles[0].path', 'dataFiles[0].newPath', 'assets[0].path'],
    });
  });
});

describe('judgeSource: Host is the proxy itself, Origin the local site', () => {
  const policy = { proxyPort: 8081, siteOrigins: siteOriginsFrom(undefined, 4321) };
  test.each<[string, { host?: string; origin?: string }, boolean]>([
    ['the dev site on localhost', { host: 'localhost:8081', origin: 'http://localhost:4321' }, true],
    ['the dev site on 127.0.0.1', { host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321' }, true],
    ['a program on this computer (no Origin)', { host: '127.0.0.1:8081' }, true],
    ['names in upper case', { host: 'LOCALHOST:8081', origin: 'http://LOCALHOST:4321' }, true],
    ['[::1]', { host: '[::1]:8081' }, true],
    ['a foreign site', { host: 'localhost:8081', origin: 'https://evil.example' }, false],
    ['another local port', { host: 'localhost:8081', origin: 'http://localhost:3000' }, false],
    ['https instead of http', { host: 'localhost:8081', origin: 'https://localhost:4321' }, false],
    ['a sandboxed page or file://', { host: 'localhost:8081', origin: 'null' }, false],
    ['an origin with a path', { host: 'localhost:8081', origin: 'http://localhost:4321/admin/' }, false],
    ['DNS rebinding: a foreign name pointing at 127.0.0.1', { host: 'evil.example:8081', origin: 'http://evil.example:8081' }, false],
    ['a foreign Host without Origin', { host: 'evil.example' }, false],
    ['the right name on another port', { host: 'localhost:4321' }, false],
    ['a loopback name with a suffix', { host: 'localhost.evil.example:8081' }, false],
    ['the machine’s network address', { host: '192.0.2.2:8081' }, false],
    ['no Host at all', {}, false],
  ])('%s', (_name, headers, allowed) => {
    expect(judgeSource(headers, policy).ok).toBe(allowed);
  });
});

describe('siteOriginsFrom: the allowed site origins (CMS_SITE_ORIGINS)', () => {
  test.each<[string | undefined, string[]]>([
    [undefined, ['http://localhost:4321', 'http://127.0.0.1:4321']],
    ['  ', ['http://localhost:4321', 'http://127.0.0.1:4321']],
    ['http://localhost:5000', ['http://localhost:5000']],
    ['http://127.0.0.1:5000/, http://[::1]:5000', ['http://127.0.0.1:5000', 'http://[::1]:5000']],
  ])('%j', (setting, expected) => {
    expect(siteOriginsFrom(setting, 4321)).toEqual(expected);
  });
  test.each(['https://lapaspurwodadi.example.id', 'http://192.168.1.10:4321', '*', 'localhost:4321', 'http://localhost.evil.example'])(
    'refuses %s',
    (setting) => {
      expect(() => siteOriginsFrom(setting, 4321)).toThrow(/bukan alamat situs di komputer ini/);
    },
  );
});

describe('withLocalProxyPort: where /admin/ looks for the local proxy', () => {
  test.each<[string, string, boolean, unknown]>([
    ['the dev server: Decap’s default (localhost:8081)', '', true, true],
    ['the built site: nowhere', '', false, false],
    ['a test’s own port, dev server', '?proxy_port=18081', true, { url: 'http://localhost:18081/api/v1' }],
    ['a test’s own port, built site', '?proxy_port=18081', false, { url: 'http://localhost:18081/api/v1' }],
    ['a port that is not a number is ignored', '?proxy_port=8081@evil.example', false, false],
  ])('%s', (_name, search, dev, expected) => {
    expect(withLocalProxyPort(cmsConfig, search, dev).local_backend).toEqual(expected);
  });
});
