/**
 * The pure decisions of the local CMS proxy's guard (cms/local-proxy-server.ts): which folders
 * and files the CMS configuration names, whether a request path stays inside them, which paths a
 * decap-server action carries, and whether a request comes from this computer's own site.
 * No I/O here: tests/unit/proxy-guard.test.ts drives every rule with a table.
 */
import path from 'node:path';
import type { CmsConfig } from 'decap-cms-core';

/** Every folder and file the CMS may touch must lie under this repository folder. */
export const CONTENT_ROOT = 'content';

/** The hosts a loopback-only server can be reached under (Host header, without the port). */
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Where the CMS may read and write, repository-relative with `/`: folders (and all inside) and single files. */
export interface ContentAreas {
  folders: string[];
  files: string[];
  /** Collection names, for the editorial-workflow actions that name a collection instead of a path. */
  collections: string[];
}

/** A decision: allowed, or refused with a reason in Indonesian. */
export type Verdict = { ok: true } | { ok: false; reason: string };

/** Only the parts of Decap's collection type this module reads (folder and file collections alike). */
interface CollectionLike {
  name: string;
  folder?: string;
  media_folder?: string;
  files?: { file: string; media_folder?: string }[];
}

/** A repository-relative POSIX path with no `..`, `.` or trailing slash; throws when it leaves the repository. */
function repoRelative(p: string): string {
  const normal = path.posix.normalize(p.replace(/^\/+/, '')).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') {
    throw new Error(`Konfigurasi CMS menyebut "${p}", yang bukan folder di dalam proyek.`);
  }
  return normal;
}

/** The fixed part of a media folder that may hold a template (`images/{{slug}}` → `images`). */
function staticPart(folder: string): string {
  const i = folder.indexOf('{{');
  return i < 0 ? folder : path.posix.dirname(folder.slice(0, i) + 'x');
}

/** A media folder as Decap resolves it: `/x` from the repository root, `x` beside the entry (`entryDir`). */
function mediaFolderOf(mediaFolder: string, entryDir: string): string {
  const fixed = staticPart(mediaFolder);
  return repoRelative(fixed.startsWith('/') ? fixed : path.posix.join(entryDir, fixed));
}

/**
 * The content areas the CMS configuration names: each folder collection's folder, each file
 * collection's files, and every media folder (global, per collection, per file). Throws (in
 * Indonesian) when any of them lies outside content/: the proxy then refuses to start.
 */
export function contentAreas(config: Pick<CmsConfig, 'media_folder' | 'collections'>): ContentAreas {
  const folders = new Set<string>();
  const files = new Set<string>();
  const collections: string[] = [];
  if (config.media_folder) folders.add(mediaFolderOf(config.media_folder.startsWith('/') ? config.media_folder : `/${config.media_folder}`, ''));
  for (const collection of config.collections as unknown as CollectionLike[]) {
    collections.push(collection.name);
    if (collection.folder) {
      const folder = repoRelative(collection.folder);
      folders.add(folder);
      if (collection.media_folder) folders.add(mediaFolderOf(collection.media_folder, folder));
    }
    for (const file of collection.files ?? []) {
      const filePath = repoRelative(file.file);
      files.add(filePath);
      const media = file.media_folder ?? collection.media_folder;
      if (media) folders.add(mediaFolderOf(media, path.posix.dirname(filePath)));
    }
  }
  for (const area of [...folders, ...files]) {
    if (!area.startsWith(`${CONTENT_ROOT}/`)) {
      throw new Error(`Konfigurasi CMS menyebut "${area}" di luar folder ${CONTENT_ROOT}/: proxy lokal tidak dijalankan.`);
    }
  }
  // A media folder beside the entries (content/news/images) is already inside its collection's folder.
  const outer = [...folders].filter((f) => ![...folders].some((g) => f.startsWith(`${g}/`)));
  return { folders: outer.sort(), files: [...files].filter((f) => !outer.some((g) => f.startsWith(`${g}/`))).sort(), collections };
}

/** Whether a normalised repository-relative path is one of the files or inside one of the folders. */
function insideAreas(rel: string, areas: ContentAreas): boolean {
  return areas.files.includes(rel) || areas.folders.some((folder) => rel === folder || rel.startsWith(`${folder}/`));
}

/**
 * Judges one path a request names, the way decap-server will use it (`path.resolve(repo, p)`):
 * refused when it is not a non-empty string, holds a NUL, backslash or colon, is absolute, or,
 * after normalisation (`..`, `.`, `//`), lies outside the content areas. A path with `%`
 * escapes must be inside both as written and as decoded (never decoded into another place).
 */
export function judgePath(raw: unknown, areas: ContentAreas): Verdict {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, reason: 'bukan jalur berkas' };
  if (/[\0\\:]/.test(raw)) return { ok: false, reason: 'jalur berisi karakter yang tidak diizinkan (\\, :, NUL)' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'jalur berisi kode % yang rusak' };
  }
  for (const candidate of new Set([raw, decoded])) {
    if (/[\0\\:]/.test(candidate)) return { ok: false, reason: 'jalur berisi karakter yang tidak diizinkan (\\, :, NUL)' };
    if (path.posix.isAbsolute(candidate)) return { ok: false, reason: 'jalur absolut tidak diizinkan' };
    const rel = path.posix.normalize(candidate).replace(/\/+$/, '');
    if (rel === '..' || rel.startsWith('../')) return { ok: false, reason: 'jalur keluar dari folder proyek' };
    if (!insideAreas(rel, areas)) return { ok: false, reason: `di luar folder konten yang disebut konfigurasi CMS (${CONTENT_ROOT}/…)` };
  }
  return { ok: true };
}

/** One path-bearing value of a request: where it sits in the params and what it holds. */
export interface PathParam {
  field: string;
  value: unknown;
}

type Params = Record<string, unknown>;

/** `field` of `value` when present (optional fields are skipped when absent; decap-server's schema requires the rest). */
function maybe(field: string, value: unknown): PathParam[] {
  return value === undefined ? [] : [{ field, value }];
}

/** The path params of a list of objects; a value that is not a list, or an item that is not an object, is refused. */
function list(field: string, value: unknown, pick: (item: Params, i: number) => PathParam[]): PathParam[] {
  if (!Array.isArray(value)) return [{ field, value: null }];
  return value.flatMap((item, i) => (item && typeof item === 'object' ? pick(item as Params, i) : [{ field: `${field}[${i}]`, value: null }]));
}

/** Like list(), for an optional list (skipped when absent). */
function items(field: string, value: unknown, pick: (item: Params, i: number) => PathParam[]): PathParam[] {
  return value === undefined ? [] : list(field, value, pick);
}

/** A data file of persistEntry (`entry` or `dataFiles[i]`): where it is written and where it may move. */
function dataFile(prefix: string, file: Params): PathParam[] {
  return [...maybe(`${prefix}.path`, file.path ?? null), ...maybe(`${prefix}.newPath`, file.newPath)];
}

/**
 * Every action decap-server 3.11 accepts (its Joi schema, src/middlewares/joi/index.ts) and the
 * params in it that name a file or folder. Actions without paths name a collection and a slug
 * (editorial workflow branches in git mode); any action not listed here is refused.
 */
const ACTION_PATHS: Record<string, (params: Params) => PathParam[]> = {
  info: () => [],
  entriesByFolder: (p) => [{ field: 'folder', value: p.folder }],
  entriesByFiles: (p) => list('files', p.files, (f, i) => [{ field: `files[${i}].path`, value: f.path }]),
  getEntry: (p) => [{ field: 'path', value: p.path }],
  unpublishedEntries: () => [],
  unpublishedEntry: () => [],
  unpublishedEntryDataFile: (p) => [{ field: 'path', value: p.path }],
  unpublishedEntryMediaFile: (p) => [{ field: 'path', value: p.path }],
  deleteUnpublishedEntry: () => [],
  persistEntry: (p) => [
    ...(p.entry === undefined ? [] : p.entry && typeof p.entry === 'object' ? dataFile('entry', p.entry as Params) : [{ field: 'entry', value: null }]),
    ...items('dataFiles', p.dataFiles, (f, i) => dataFile(`dataFiles[${i}]`, f)),
    ...items('assets', p.assets, (a, i) => [{ field: `assets[${i}].path`, value: a.path }]),
  ],
  updateUnpublishedEntryStatus: () => [],
  publishUnpublishedEntry: () => [],
  getMedia: (p) => [{ field: 'mediaFolder', value: p.mediaFolder }],
  getMediaFile: (p) => [{ field: 'path', value: p.path }],
  persistMedia: (p) => [{ field: 'asset.path', value: p.asset && typeof p.asset === 'object' ? (p.asset as Params).path : null }],
  deleteFile: (p) => [{ field: 'path', value: p.path }],
  deleteFiles: (p) => (Array.isArray(p.paths) ? p.paths.map((value, i) => ({ field: `paths[${i}]`, value })) : [{ field: 'paths', value: null }]),
  getDeployPreview: () => [],
};

/** The actions the guard knows (the same list as decap-server's schema). */
export const KNOWN_ACTIONS = Object.keys(ACTION_PATHS);

/** A request judged by its body: allowed, or refused naming the action, the param and the path. */
export type RequestVerdict =
  | {
      ok: true;
      action: string;
      /** The files and folders it names, as sent. */ paths: string[];
      /** Where each of them sits in the params. */ fields: string[];
    }
  | { ok: false; action: string; field?: string; path?: string; reason: string };

/** The actions that change files (the proxy logs each one it lets through). */
export const WRITING_ACTIONS: ReadonlySet<string> = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'deleteUnpublishedEntry',
  'updateUnpublishedEntryStatus',
  'publishUnpublishedEntry',
]);

/** The collection a workflow action names (`collection`, or the first part of `id` = "collection/slug"). */
function namedCollection(params: Params): unknown {
  if (params.collection !== undefined) return params.collection;
  if (typeof params.id === 'string') return params.id.slice(0, Math.max(0, params.id.indexOf('/')));
  return undefined;
}

/**
 * Judges a decap-server request body: the action must be known, every path it carries must be
 * inside the content areas, and a collection it names must be one of the configuration's.
 */
export function judgeRequest(body: unknown, areas: ContentAreas): RequestVerdict {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, action: '?', reason: 'permintaan bukan objek JSON' };
  const { action, params } = body as { action?: unknown; params?: unknown };
  if (typeof action !== 'string' || !Object.hasOwn(ACTION_PATHS, action)) {
    return { ok: false, action: String(action), reason: 'aksi tidak dikenal' };
  }
  if (action === 'info') return { ok: true, action, paths: [], fields: [] };
  if (!params || typeof params !== 'object' || Array.isArray(params)) return { ok: false, action, reason: 'params tidak ada' };
  const collection = namedCollection(params as Params);
  if (collection !== undefined && !(typeof collection === 'string' && areas.collections.includes(collection))) {
    return { ok: false, action, field: 'collection', path: String(collection), reason: 'koleksi tidak ada di konfigurasi CMS' };
  }
  const paths: string[] = [];
  const fields: string[] = [];
  for (const { field, value } of ACTION_PATHS[action]!(params as Params)) {
    const verdict = judgePath(value, areas);
    if (!verdict.ok) return { ok: false, action, field, path: typeof value === 'string' ? value : JSON.stringify(value), reason: verdict.reason };
    paths.push(String(value));
    fields.push(field);
  }
  return { ok: true, action, paths, fields };
}

/** Who may talk to the proxy: its own port (for the Host check) and the local site's origins. */
export interface SourcePolicy {
  proxyPort: number;
  siteOrigins: string[];
}

/** `http://localhost:4321` style origin, lower-case, or null when the text is not an http(s) origin. */
export function normalOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.origin === 'null' || `${url.origin}` !== text.replace(/\/$/, '').toLowerCase()) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * The allowed site origins from a comma-separated setting (CMS_SITE_ORIGINS), or the default
 * (the dev server on `sitePort`, as localhost and 127.0.0.1). Throws on anything that is not an
 * http(s) origin on this computer: the proxy is never opened to another machine's page.
 */
export function siteOriginsFrom(setting: string | undefined, sitePort: number): string[] {
  const list = setting?.trim()
    ? setting
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [`http://localhost:${sitePort}`, `http://127.0.0.1:${sitePort}`];
  return list.map((text) => {
    const origin = normalOrigin(text);
    if (!origin || !LOOPBACK_HOSTNAMES.includes(new URL(origin).hostname)) {
      throw new Error(`CMS_SITE_ORIGINS: "${text}" bukan alamat situs di komputer ini (http://localhost:PORT atau http://127.0.0.1:PORT).`);
    }
    return origin;
  });
}

/**
 * Judges where a request comes from. Host must be the proxy itself on a loopback name and port
 * (a page on another host that made its name resolve to 127.0.0.1, DNS rebinding, sends its own
 * name). Origin, when sent, must be one of the local site's origins. A request without Origin
 * is allowed: browsers always send Origin on the cross-origin POSTs the CMS makes (the admin
 * and the proxy are on different ports), so only programs on this computer (curl, tests) omit it,
 * and they could read and write the files directly anyway.
 */
export function judgeSource(headers: { host?: string; origin?: string }, policy: SourcePolicy): Verdict {
  const host = headers.host?.toLowerCase();
  const hosts = LOOPBACK_HOSTNAMES.map((name) => `${name}:${policy.proxyPort}`);
  if (!host || !hosts.includes(host)) return { ok: false, reason: `alamat tujuan (Host) "${headers.host ?? ''}" bukan proxy lokal ini` };
  if (headers.origin === undefined) return { ok: true };
  const origin = normalOrigin(headers.origin);
  if (!origin || !policy.siteOrigins.includes(origin)) return { ok: false, reason: `asal permintaan (Origin) "${headers.origin}" bukan situs lokal` };
  return { ok: true };
}
