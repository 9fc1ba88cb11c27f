import type { CmsConfig } from 'decap-cms-core';
import { productionBackend, publishModeFor } from './backend';
import { newsCollection } from './collections/news';
import { partnersCollection } from './collections/partners';
import { programsCollection } from './collections/programs';
import { eventsCollection } from './collections/events';
import { productsCollection } from './collections/products';
import { siteDataCollection } from './collections/site-data';
import { storiesCollection } from './collections/stories';

/** Every collection the editors see, in menu order. */
export const collections = [
  newsCollection,
  storiesCollection,
  partnersCollection,
  programsCollection,
  productsCollection,
  eventsCollection,
  siteDataCollection,
];

/**
 * Photos are re-encoded in the browser before upload, which drops their EXIF block (camera,
 * GPS location): the location never even reaches the repository. The site build strips it
 * again when it optimises the images (tests/e2e/cms-media.test.ts proves both).
 */
export const mediaProcessing = { enabled: true, strip_metadata: true, quality: 90 };

/** The production backend (cms/backend.ts). import.meta.env is Vite's (the admin bundle); the local proxy imports this file with plain Node, where it is absent. */
const backend = productionBackend(import.meta.env ?? {});

/**
 * The Decap CMS configuration, typed. Production uses the GitHub, GitLab, Gitea or Forgejo backend
 * (cms/backend.ts, chosen by the host's environment variables) with the editorial workflow
 * (draft → in review → ready → published; Gitea: publish on save, see publishModeFor);
 * on localhost the CMS talks to the local proxy (`decap-server`, started by `npm start`) without
 * any login, and with the proxy in its default "fs" mode Decap publishes directly (no workflow).
 */
export const cmsConfig: CmsConfig = {
  load_config_file: false,
  backend,
  local_backend: true,
  publish_mode: publishModeFor(backend),
  locale: 'id',
  site_url: '/',
  display_url: '/',
  logo_url: '/favicon.svg',
  // The Media tab lists this folder: the news photos, which news entries reference as images/x.jpg.
  // Each collection's pickers list its own photos (media_folder in cms/collections/*.ts).
  media_folder: 'content/news/images',
  public_folder: 'images',
  media_processing: mediaProcessing,
  show_preview_links: true,
  slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
  collections,
};
