import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDecapProxy, type DecapProxy } from '../support/decap-proxy';
import { acceptsConnection, networkAddresses } from '../support/loopback';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/**
 * The real local proxy (tsx cms/local-proxy-server.ts, as `npm start` runs it) on a throw-away
 * copy of the project, probed over HTTP from this computer as an attacker would: foreign
 * origins, foreign Host names (DNS rebinding), and paths outside content/. Every refusal is
 * checked on the wire (403, no CORS header) and on the disk (nothing written, nothing deleted).
 */
const SITE = 'http://localhost:4999';
let copy: ProjectCopy;
let proxy: DecapProxy;
/** A file outside the repository that a path escaping it would hit. */
let outside: string;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request with exactly these headers (fetch cannot set Host) to the proxy on 127.0.0.1. */
function send(method: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const data = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: proxy.port,
        path: '/api/v1',
        method,
        headers: { host: `localhost:${proxy.port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const post = (body: unknown, headers: Record<string, string> = {}) => send('POST', body, { origin: SITE, ...headers });
const inCopy = (p: string) => path.resolve(copy.dir, p);
const options = { commitMessage: 'uji', useWorkflow: false, status: 'draft' };
const entry = (p: string, raw = 'ditulis lewat proxy', newPath?: string) => ({ slug: 'uji', path: p, raw, ...(newPath ? { newPath } : {}) });
const persist = (dataFiles: unknown[], assets: unknown[] = []) => ({ action: 'persistEntry', params: { branch: 'main', dataFiles, assets, options } });

beforeAll(async () => {
  copy = await copyProject('cms-guard-');
  outside = path.join(os.tmpdir(), 'lapas-tests', `${path.basename(copy.dir)}-luar.txt`);
  await mkdir(path.dirname(outside), { recursive: true });
  await writeFile(outside, 'di luar repositori');
  proxy = await startDecapProxy(copy.dir, 'fs', [SITE]);
});

afterAll(async () => {
  await proxy?.stop();
  await copy?.remove();
});

describe('the local proxy listens on this computer only', () => {
  test('reachable on 127.0.0.1, not on any network address of the machine', async () => {
    expect(await acceptsConnection('127.0.0.1', proxy.port)).toBe(true);
    const open = [];
    for (const address of networkAddresses()) if (await acceptsConnection(address, proxy.port)) open.push(address);
    expect(open).toEqual([]);
  });
});

describe('requests from anywhere but the local site are refused (403, no CORS header)', () => {
  test.each<[string, string, Record<string, string>]>([
    ['a foreign Origin', 'POST', { origin: 'https://evil.example' }],
    ['a foreign Origin on loopback, another port', 'POST', { origin: 'http://localhost:3000' }],
    ['the "null" Origin (sandboxed page, file://)', 'POST', { origin: 'null' }],
    ['a foreign Host (DNS rebinding)', 'POST', { host: 'evil.example', origin: SITE }],
    ['a rebinding page: its own name as Host and Origin', 'POST', { host: 'evil.example:PORT', origin: 'http://evil.example:PORT' }],
    ['a foreign Host without Origin', 'POST', { host: 'evil.example' }],
    ['a CORS preflight from a foreign Origin', 'OPTIONS', { origin: 'https://evil.example', 'access-control-request-method': 'POST' }],
  ])('%s', async (_name, method, headers) => {
    const withPort = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(proxy.port))]));
    const answer = await send(method, method === 'POST' ? { action: 'info' } : undefined, withPort);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(JSON.parse(answer.body).error).toMatch(/^Ditolak: /);
  });

  test('a write from a foreign Origin leaves the disk untouched', async () => {
    const answer = await send('POST', persist([entry('content/news/dari-situs-lain.md')]), { origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(existsSync(inCopy('content/news/dari-situs-lain.md'))).toBe(false);
  });

  test('the local site gets its preflight and its answers, with its own origin only', async () => {
    const preflight = await send('OPTIONS', undefined, {
      origin: SITE,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
    const info = await post({ action: 'info' });
    expect(info.status).toBe(200);
    expect(info.headers['access-control-allow-origin']).toBe(SITE);
    expect(JSON.parse(info.body)).toMatchObject({ type: 'local_fs' });
  });

  test('a program on this computer without Origin is served (no CORS header)', async () => {
    const info = await send('POST', { action: 'info' });
    expect(info.status).toBe(200);
    expect(info.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('reads, writes, moves and deletes outside the content folders are refused', () => {
  test.each<[string, () => unknown, () => string]>([
    ['persistEntry into src/pages/x.astro', () => persist([entry('src/pages/x.astro', '---\nprocess.exit(1)\n---')]), () => inCopy('src/pages/x.astro')],
    [
      'persistEntry to ../x (out of the repository)',
      () => persist([entry(`../${path.basename(copy.dir)}-x.md`)]),
      () => path.join(path.dirname(copy.dir), `${path.basename(copy.dir)}-x.md`),
    ],
    ['persistEntry to content/../src/x.astro', () => persist([entry('content/../src/x.astro')]), () => inCopy('src/x.astro')],
    ['persistEntry to an absolute path', () => persist([entry(`${copy.dir}/src/pages/abs.astro`)]), () => inCopy('src/pages/abs.astro')],
    [
      'persistEntry to a %-encoded climb',
      () => persist([entry('content/news/%2e%2e/%2e%2e/src/pages/enc.astro')]),
      () => inCopy('content/news/%2e%2e/%2e%2e/src/pages/enc.astro'),
    ],
    ['persistEntry with a backslash climb', () => persist([entry('content\\..\\src\\pages\\bs.astro')]), () => inCopy('content\\..\\src\\pages\\bs.astro')],
    [
      'persistEntry moving a good file into src/',
      () => persist([entry('content/news/pindah.md', 'x', 'src/pages/pindah.astro')]),
      () => inCopy('content/news/pindah.md'),
    ],
    [
      'persistEntry with an asset in public/',
      () => persist([entry('content/news/aset.md')], [{ path: 'public/x.js', content: 'YWxlcnQoMSk=', encoding: 'base64' }]),
      () => inCopy('content/news/aset.md'),
    ],
    [
      'persistMedia into src/',
      () => ({ action: 'persistMedia', params: { branch: 'main', asset: { path: 'src/pages/m.astro', content: 'eA==', encoding: 'base64' }, options } }),
      () => inCopy('src/pages/m.astro'),
    ],
  ])('%s: 403, nothing written', async (_name, body, file) => {
    const answer = await post(body());
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBe(SITE);
    expect(existsSync(file())).toBe(false);
  });

  test.each<[string, () => unknown, () => string]>([
    [
      'deleteFile src/pages/index.astro',
      () => ({ action: 'deleteFile', params: { branch: 'main', path: 'src/pages/index.astro', options } }),
      () => inCopy('src/pages/index.astro'),
    ],
    ['deleteFile of a file outside the repository', () => ({ action: 'deleteFile', params: { branch: 'main', path: outside, options } }), () => outside],
    ['deleteFile via ../', () => ({ action: 'deleteFile', params: { branch: 'main', path: path.relative(copy.dir, outside), options } }), () => outside],
    [
      'deleteFiles with one path outside content/',
      () => ({ action: 'deleteFiles', params: { branch: 'main', paths: ['content/data/faq.yaml', 'astro.config.mjs'], options } }),
      () => inCopy('astro.config.mjs'),
    ],
  ])('%s: 403, nothing deleted', async (_name, body, file) => {
    const answer = await post(body());
    expect(answer.status).toBe(403);
    expect(existsSync(file())).toBe(true);
    expect(existsSync(inCopy('content/data/faq.yaml'))).toBe(true);
  });

  test.each<[string, unknown]>([
    ['getEntry /etc/passwd', { action: 'getEntry', params: { branch: 'main', path: '/etc/passwd' } }],
    ['getEntry package.json', { action: 'getEntry', params: { branch: 'main', path: 'package.json' } }],
    ['entriesByFiles astro.config.mjs', { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'astro.config.mjs' }] } }],
    ['entriesByFolder src', { action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'astro', depth: 5 } }],
    ['getMedia of the repository root', { action: 'getMedia', params: { branch: 'main', mediaFolder: '.' } }],
    ['getMediaFile .git/config', { action: 'getMediaFile', params: { branch: 'main', path: '.git/config' } }],
    ['an unknown action', { action: 'runCommand', params: { branch: 'main' } }],
  ])('%s: 403, nothing read', async (_name, body) => {
    const answer = await post(body);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toMatch(/root:|"dependencies"|defineConfig|\[core\]/);
  });

  test('a symbolic link inside content/ leads nowhere else: reads and writes through it are refused', async () => {
    // A link someone left in content/ (a checkout, a shortcut): the path is inside content/ as written, src/pages on the disk.
    await symlink(path.join('..', '..', 'src', 'pages'), inCopy('content/news/tautan'));
    await symlink(path.dirname(outside), inCopy('content/news/tautan-luar'));
    const read = await post({ action: 'getEntry', params: { branch: 'main', path: 'content/news/tautan/index.astro' } });
    expect(read.status).toBe(403);
    expect(read.body).not.toContain('BaseLayout');
    const write = await post(persist([entry('content/news/tautan/lewat-tautan.astro', '---\nprocess.exit(1)\n---')]));
    expect(write.status).toBe(403);
    expect(existsSync(inCopy('src/pages/lewat-tautan.astro'))).toBe(false);
    const media = await post({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/news/tautan-luar' } });
    expect(media.status).toBe(403);
    expect(media.body).not.toContain('luar.txt');
    expect(proxy.log()).toContain(
      'DITOLAK aksi getEntry path "content/news/tautan/index.astro": jalur ini melewati tautan (symlink) yang menuju "src/pages/index.astro"',
    );
    // The links go again, so the news folder can be listed by the tests that follow.
    await Promise.all(['content/news/tautan', 'content/news/tautan-luar'].map((link) => unlink(inCopy(link))));
  });

  test('a folder the CMS lists may hold no link leading out, and a broken link is no way in', async () => {
    // A file link among the photos (content/news/images/x.jpg -> the project's .env-like file): listing the folder would read it.
    await mkdir(inCopy('content/programs/images'), { recursive: true });
    await writeFile(inCopy('rahasia.txt'), 'RAHASIA=jangan-terbaca');
    await symlink(path.join('..', '..', '..', 'rahasia.txt'), inCopy('content/programs/images/foto-tautan.jpg'));
    const media = await post({ action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/programs/images' } });
    expect(media.status).toBe(403);
    expect(media.body).not.toContain('jangan-terbaca');
    await symlink(path.join('..', '..', 'astro.config.mjs'), inCopy('content/programs/tautan-konfigurasi.md'));
    const entries = await post({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/programs', extension: 'md', depth: 1 } });
    expect(entries.status).toBe(403);
    expect(entries.body).not.toMatch(/defineConfig/);
    expect(proxy.log()).toContain(
      'DITOLAK aksi getMedia mediaFolder "content/programs/images/foto-tautan.jpg": tautan (symlink) ini menuju luar folder konten',
    );
    // A link to a file that does not exist (yet): writing through it would create the file wherever it points.
    await symlink(path.join('..', '..', 'src', 'pages', 'baru.astro'), inCopy('content/news/tautan-rusak.md'));
    const write = await post(persist([entry('content/news/tautan-rusak.md', '---\ntitle: x\n---')]));
    expect(write.status).toBe(403);
    expect(existsSync(inCopy('src/pages/baru.astro'))).toBe(false);
    await Promise.all(
      ['content/programs/images/foto-tautan.jpg', 'content/programs/tautan-konfigurasi.md', 'content/news/tautan-rusak.md'].map((link) => unlink(inCopy(link))),
    );
  });

  test('anything but POST /api/v1 is refused in Indonesian (no Express page in English)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await send(method, undefined, { origin: SITE });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/^Ditolak: proxy CMS lokal hanya menerima POST/);
    }
  });

  test('every refusal is logged in Indonesian with the action and the path', () => {
    expect(proxy.log()).toContain('DITOLAK aksi persistEntry dataFiles[0].path "src/pages/x.astro"');
    expect(proxy.log()).toContain('DITOLAK aksi deleteFiles paths[1] "astro.config.mjs"');
    expect(proxy.log()).toMatch(/DITOLAK POST \/api\/v1: asal permintaan \(Origin\) "https:\/\/evil\.example" bukan situs lokal/);
  });
});

describe('the CMS keeps working inside content/', () => {
  test('entriesByFolder lists the news', async () => {
    const answer = await post({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: 'md', depth: 1 } });
    expect(answer.status).toBe(200);
    const entries = JSON.parse(answer.body) as { file: { path: string } }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.file.path.startsWith('content/news/'))).toBe(true);
  });

  test('persistEntry writes an article and its photo, persistMedia a picture, deleteFile removes the article', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const saved = await post(
      persist(
        [entry('content/news/uji-proxy.md', '---\ntitle: Uji\n---\n')],
        [{ path: 'content/news/images/uji-proxy.png', content: png, encoding: 'base64' }],
      ),
    );
    expect(saved.status).toBe(200);
    expect(await readFile(inCopy('content/news/uji-proxy.md'), 'utf8')).toBe('---\ntitle: Uji\n---\n');
    expect(existsSync(inCopy('content/news/images/uji-proxy.png'))).toBe(true);
    const media = await post({
      action: 'persistMedia',
      params: { branch: 'main', asset: { path: 'content/news/images/uji-media.png', content: png, encoding: 'base64' }, options },
    });
    expect(media.status).toBe(200);
    // The Media tab's folder (cms/config.ts media_folder): the news photos.
    expect(existsSync(inCopy('content/news/images/uji-media.png'))).toBe(true);
    const deleted = await post({ action: 'deleteFile', params: { branch: 'main', path: 'content/news/uji-proxy.md', options } });
    expect(deleted.status).toBe(200);
    expect(existsSync(inCopy('content/news/uji-proxy.md'))).toBe(false);
  });
});
