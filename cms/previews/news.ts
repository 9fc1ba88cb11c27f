/**
 * Preview of a news article, with the markup and classes of /berita/<slug>/ so the site
 * stylesheet makes it look like the published page. Notes for the editor (draft, scheduled)
 * appear above it and never on the site.
 */
import { DEFAULT_AUTHOR } from '../../src/schemas/news';
import { labelOf, newsCategories } from '../../src/schemas/enums';
import { formatDateTime } from '../../src/lib/dates';
import { exclusionReason } from '../../src/lib/publish';
import { t } from '../../src/i18n/t';
import { assetUrl, entryData, picture, strings, text, toDate, type H, type PreviewTemplate } from './h';

/** What the news preview shows, computed from the entry data (pure, tested). */
export interface NewsView {
  title: string;
  category: string;
  byline: string;
  published: string;
  updated?: string;
  cover?: { src: string; alt: string };
  tags: string[];
  notes: string[];
}

/** Computes the news preview from the CMS data and the current time. */
export function newsView(data: Record<string, unknown>, now: Date): NewsView {
  const date = toDate(data.date);
  const updated = toDate(data.updated);
  const category = text(data.category);
  const notes: string[] = [];
  // The build's own rule (src/lib/publish.ts), on the dates read as the build reads them.
  const reason = exclusionReason({ draft: data.draft === true, date }, { now, includeSamples: true });
  if (reason === 'draft') notes.push(t('preview.draftNews'));
  if (date && (reason === 'scheduled' || (reason === 'draft' && date.getTime() > now.getTime()))) {
    notes.push(t('preview.scheduledNews', { when: formatDateTime(date) }));
  }
  const cover = picture(data.cover);
  if (cover && !cover.alt) notes.push(t('preview.coverNoAlt'));
  return {
    title: text(data.title) || t('preview.noTitle'),
    category: category ? labelOf(newsCategories, category as (typeof newsCategories)[number]['value']) : t('preview.noCategory'),
    byline: t('news.by', { author: text(data.author) || DEFAULT_AUTHOR }),
    published: date ? formatDateTime(date) : t('preview.noDate'),
    updated: updated ? formatDateTime(updated) : undefined,
    cover,
    tags: strings(data.tags),
    notes,
  };
}

/** The editor notes above a preview (nothing when there are none). */
export function notesBox(h: H, notes: string[]): unknown {
  if (notes.length === 0) return null;
  return h('aside', { className: 'cms-note', role: 'note' }, ...notes.map((n, i) => h('p', { key: i }, n)));
}

/** The news preview template. */
export function newsPreview(h: H, now: () => Date = () => new Date()): PreviewTemplate {
  return (props) => {
    const v = newsView(entryData(props.entry), now());
    return h(
      'main',
      { id: 'main' },
      notesBox(h, v.notes),
      h(
        'article',
        { className: 'wrap' },
        h(
          'header',
          { className: 'article-header prose' },
          h('p', null, h('span', { className: 'badge' }, v.category)),
          h('h1', null, v.title),
          h('p', { className: 'meta' }, `${v.byline} · ${t('news.published')} ${v.published}`, v.updated ? ` · ${t('news.updated')} ${v.updated}` : null),
        ),
        v.cover ? h('img', { src: assetUrl(props, v.cover.src), alt: v.cover.alt }) : null,
        h('div', { className: 'article-body prose' }, props.widgetFor('body')),
        v.tags.length > 0 ? h('p', { className: 'meta' }, `${t('news.tags')}: ${v.tags.join(', ')}`) : null,
      ),
    );
  };
}
