/**
 * Entry script of /admin/: registers the Indonesian interface, the data files' YAML format
 * (cms/data-yaml.ts), the checks before saving, the
 * project's widgets (cms/widgets), the helps around Decap's screens (cms/editor-help.ts) and
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
import { registerWidgets } from './widgets';
import type { CreateClass, WidgetRegistry } from './widgets/types';
import type { EditorComponentRegistry } from './widgets/body-image';
import { reportSiteStatus, showRefusedField, startEditorHelp } from './editor-help';
import { siteStatus } from './site-status';
import { DATA_FORMAT, dataFormatter } from './data-yaml';
import { siteDataCollection } from './collections/site-data';

/** The immutable.js entry Decap passes to event handlers (only what we read). */
interface EntryMap {
  get(key: 'collection' | 'slug'): string;
  get(key: 'data'): DataMap & { toJS(): Record<string, unknown> };
}

interface DecapGlobal extends PreviewRegistry, WidgetRegistry, EditorComponentRegistry {
  registerLocale(locale: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: ReturnType<typeof dataFormatter>): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: EntryMap }) => unknown }): void;
  init(options: { config: CmsConfig }): void;
}

/** An error whose text is only the message (Decap shows `String(error)` in its notice). */
function refusal(message: string): Error {
  const error = new Error(message);
  error.toString = () => message;
  return error;
}

const { CMS, h, createClass } = window as unknown as { CMS?: DecapGlobal; h?: H; createClass?: CreateClass };
if (!CMS || !h || !createClass) {
  document.body.textContent = 'CMS gagal dimuat: berkas /admin/decap/decap-cms.js tidak ditemukan. Jalankan ulang "npm start".';
} else {
  CMS.registerLocale('id', idLocale);
  CMS.registerCustomFormat(DATA_FORMAT, 'yaml', dataFormatter(siteDataCollection.files ?? []));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const collection = entry.get('collection');
      const problems = problemsBeforeSave(collection, entry.get('data').toJS());
      if (problems.length > 0) {
        setTimeout(() => showRefusedField(problems[0]!), 0);
        throw refusal(problems.join(' '));
      }
      return tidyBeforeSave(collection, entry.get('data'));
    },
  });
  registerWidgets(CMS, h, createClass);
  registerPreviews(CMS, h, (collection, data) => reportSiteStatus(siteStatus(collection, data, new Date())));
  startEditorHelp();
  CMS.init({ config: withLocalProxyPort(cmsConfig, location.search) });
}
