import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedNews, siteSettings } from '../lib/collections';
import { ATOM_NS, channelExtras, newsFeedItems } from '../lib/feed';
import { RSS_ITEMS } from '../lib/routes';
import { t } from '../i18n/t';

/** /rss.xml: the latest published news (drafts and scheduled items are never in it). */
export async function GET(context: APIContext) {
  const [news, settings] = await Promise.all([publishedNews(), siteSettings()]);
  const latest = news.slice(0, RSS_ITEMS).map((n) => n.data);
  return rss({
    xmlns: { atom: ATOM_NS },
    title: t('rss.title', { name: settings.shortName }),
    description: t('news.description'),
    site: context.site!,
    items: newsFeedItems(news, RSS_ITEMS),
    customData: channelExtras(new URL(context.url.pathname, context.site).href, latest),
    trailingSlash: true,
  });
}
