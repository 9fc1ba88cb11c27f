/**
 * Preview of a partner page (/mitra/<slug>/) in the site's style: kind, status, areas of
 * cooperation, logo, public contact and description.
 */
import { labelOf, partnerKinds, partnerStatuses, programAreas } from '../../src/schemas/enums';
import { t } from '../../src/i18n/t';
import { formatDate } from '../../src/lib/dates';
import { assetUrl, entryData, picture, strings, text, toDate, type H, type PreviewTemplate } from './h';
import { notesBox } from './news';

type Value<T extends readonly { value: string }[]> = T[number]['value'];

/** What the partner preview shows (pure, tested). */
export interface PartnerView {
  name: string;
  kind: string;
  status: string;
  since?: string;
  areas: string[];
  logo?: { src: string; alt: string };
  website: string;
  contact: string;
  summary: string;
  notes: string[];
}

/** Computes the partner preview from the CMS data. */
export function partnerView(data: Record<string, unknown>): PartnerView {
  const kind = text(data.kind);
  const status = text(data.status);
  const since = toDate(data.since);
  const notes: string[] = [];
  if (status === 'dalam-penjajakan') notes.push(t('preview.exploring'));
  return {
    name: text(data.name) || t('preview.noPartnerName'),
    kind: kind ? labelOf(partnerKinds, kind as Value<typeof partnerKinds>) : t('preview.noKind'),
    status: status ? labelOf(partnerStatuses, status as Value<typeof partnerStatuses>) : t('preview.noStatus'),
    since: since ? formatDate(since) : undefined,
    areas: strings(data.areas).map((a) => labelOf(programAreas, a as Value<typeof programAreas>)),
    logo: picture(data.logo),
    website: text(data.website),
    contact: text(data.contact),
    summary: text(data.summary),
    notes,
  };
}

/** The partner preview template. */
export function partnerPreview(h: H): PreviewTemplate {
  return (props) => {
    const v = partnerView(entryData(props.entry));
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
          h('p', null, h('span', { className: 'badge' }, v.kind)),
          v.logo ? h('img', { src: assetUrl(props, v.logo.src), alt: v.logo.alt, className: 'partner-logo', width: 160 }) : null,
          h('h1', null, v.name),
          h('p', { className: 'meta' }, v.since ? t('preview.statusSince', { status: v.status, since: v.since }) : v.status),
          v.summary ? h('p', { className: 'lead' }, v.summary) : null,
        ),
        v.areas.length > 0
          ? h('section', { className: 'prose' }, h('h2', null, t('partners.areas')), h('ul', null, ...v.areas.map((a, i) => h('li', { key: i }, a))))
          : null,
        h('div', { className: 'article-body prose' }, props.widgetFor('body')),
        v.website || v.contact
          ? h(
              'section',
              { className: 'prose' },
              h('h2', null, 'Kontak'),
              v.website ? h('p', null, h('a', { href: v.website }, v.website)) : null,
              v.contact ? h('p', null, v.contact) : null,
            )
          : null,
      ),
    );
  };
}
