/**
 * Entry script of /admin/: registers the Indonesian interface and starts Decap CMS with the
 * typed configuration. The prebuilt decap-cms bundle is loaded before this module and exposes
 * `window.CMS` (self-hosted under /admin/decap/, never from a CDN).
 */
import type { CmsConfig } from 'decap-cms-core';
import { cmsConfig } from './config';
import { idLocale } from './locale-id';

interface DecapGlobal {
  registerLocale(locale: string, phrases: unknown): void;
  init(options: { config: CmsConfig }): void;
}

const CMS = (window as unknown as { CMS?: DecapGlobal }).CMS;
if (!CMS) {
  document.body.textContent = 'CMS gagal dimuat: berkas /admin/decap/decap-cms.js tidak ditemukan. Jalankan ulang "npm start".';
} else {
  CMS.registerLocale('id', idLocale);
  CMS.init({ config: cmsConfig });
}
