import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedNews, siteSettings } from '../lib/collections';
import { newsFeedItems } from '../lib/feed';
import { RSS_ITEMS } from '../lib/routes';
import { t } from '../i18n/t';

/** /rss.xml: the latest published news (drafts and scheduled items are never in it). */
export async function GET(context: APIContext) {
  const [news, settings] = await Promise.all([publishedNews(), siteSettings()]);
  return rss({
    title: t('rss.title', { name: settings.shortName }),
    description: t('news.description'),
    site: context.site!,
    items: newsFeedItems(news, RSS_ITEMS),
    customData: '<language>id-ID</language>',
    trailingSlash: true,
  });
}
