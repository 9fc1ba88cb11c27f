/**
 * Entry script of /admin/: registers the Indonesian interface, the checks before saving and
 * the preview pane, then starts Decap CMS with the typed configuration. The prebuilt decap-cms
 * bundle is loaded before this module and exposes `window.CMS` and `window.h` (self-hosted
 * under /admin/decap/, never from a CDN).
 */
import type { CmsConfig } from 'decap-cms-core';
import { cmsConfig } from './config';
import { idLocale } from './locale-id';
import { problemsBeforeSave, tidyBeforeSave, type DataMap } from './validation';
import { withLocalProxyPort } from './local-proxy';
import { registerPreviews, type PreviewRegistry } from './previews';
import type { H } from './previews/h';

/** The immutable.js entry Decap passes to event handlers (only what we read). */
interface EntryMap {
  get(key: 'collection' | 'slug'): string;
  get(key: 'data'): DataMap & { toJS(): Record<string, unknown> };
}

interface DecapGlobal extends PreviewRegistry {
  registerLocale(locale: string, phrases: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: EntryMap }) => unknown }): void;
  init(options: { config: CmsConfig }): void;
}

/** An error whose text is only the message (Decap shows `String(error)` in its notice). */
function refusal(message: string): Error {
  const error = new Error(message);
  error.toString = () => message;
  return error;
}

const { CMS, h } = window as unknown as { CMS?: DecapGlobal; h?: H };
if (!CMS || !h) {
  document.body.textContent = 'CMS gagal dimuat: berkas /admin/decap/decap-cms.js tidak ditemukan. Jalankan ulang "npm start".';
} else {
  CMS.registerLocale('id', idLocale);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const problems = problemsBeforeSave(collection, entry.get('data').toJS());
      if (problems.length > 0) throw refusal(problems.join(' '));
      return tidyBeforeSave(collection, entry.get('data'));
    },
  });
  registerPreviews(CMS, h);
  CMS.init({ config: withLocalProxyPort(cmsConfig, location.search) });
}
