/**
 * Entry script of /admin/: registers the Indonesian interface and starts Decap CMS with the
 * typed configuration. The prebuilt decap-cms bundle is loaded before this module and exposes
 * `window.CMS` (self-hosted under /admin/decap/, never from a CDN).
 */
import type { CmsConfig } from 'decap-cms-core';
import { cmsConfig } from './config';
import { idLocale } from './locale-id';
import { problemsBeforeSave } from './validation';
import { withLocalProxyPort } from './local-proxy';

/** The immutable.js entry Decap passes to event handlers (only what we read). */
interface EntryMap {
  get(key: 'collection' | 'slug'): string;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}

interface DecapGlobal {
  registerLocale(locale: string, phrases: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: EntryMap }) => unknown }): void;
  init(options: { config: CmsConfig }): void;
}

const CMS = (window as unknown as { CMS?: DecapGlobal }).CMS;
if (!CMS) {
  document.body.textContent = 'CMS gagal dimuat: berkas /admin/decap/decap-cms.js tidak ditemukan. Jalankan ulang "npm start".';
} else {
  CMS.registerLocale('id', idLocale);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const problems = problemsBeforeSave(entry.get('collection'), entry.get('data').toJS());
      if (problems.length > 0) throw new Error(problems.join(' '));
      return undefined;
    },
  });
  CMS.init({ config: withLocalProxyPort(cmsConfig, location.search) });
}
