// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import decap from './src/integrations/decap.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import shareCards from './src/integrations/share-cards.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownSafety } from './src/lib/markdown-safety.ts';
import contentGate from './src/integrations/content-gate.ts';
import { siteUrl } from './src/lib/site-url.ts';

/** The public address of the site; set SITE_URL when deploying to the real domain. */
const site = siteUrl();
/** lastmod of every sitemap URL, from the dates the built pages show. */
const lastmod = sitemapLastmod();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // `npm start` is for the editor's own computer: the dev server listens on loopback only, on the
  // port the local CMS proxy allows by default (cms/local-proxy-server.ts, CMS_SITE_ORIGINS).
  server: { host: '127.0.0.1', port: 4321 },
  // Stylesheets as files, never inline: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never inline scripts or assets into HTML: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: satteri({ hastPlugins: [markdownSafety({ site })] }) },
  integrations: [
    lastmod.integration,
    sitemap({ filter: (page) => !/\/admin\/|\/404\/?$/.test(page), serialize: lastmod.serialize }),
    contentGate(),
    decap(),
    securityHeaders(),
    // The search index before the share cards: Astro runs these hooks one after the other, and the
    // index is built while the card threads finish the last cards (the cards' hook waits for them).
    pagefind(),
    shareCards(),
  ],
});
