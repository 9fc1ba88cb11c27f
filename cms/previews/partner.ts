/**
 * Preview of a partner page (/mitra/<slug>/) in the site's markup and styles (global.css and the
 * page's own partner.css): kind, status, pledge badge, areas of cooperation, logo, public contact,
 * sample notice, pledge, outcomes and description.
 */
import { labelOf, partnerKinds, partnerStatuses, programAreas, type PartnerOutcome } from '../../src/schemas/enums';
import { formatNumber } from '../../src/lib/impact';
import { outcomeLabel, pledgeProblem } from '../../src/lib/outcomes';
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
  /** The stored status, which names the badge's colour class (status-aktif, status-dalam-penjajakan). */
  statusValue: string;
  since?: string;
  areas: string[];
  logo?: { src: string; alt: string };
  website: string;
  /** The website as the page shows it: without https:// and the last slash. */
  websiteText: string;
  contact: string;
  summary: string;
  /** The page's notice for a partnership still being explored. */
  exploring: boolean;
  /** Sample content (set by developers): the page shows the sample notice. */
  sample: boolean;
  notes: string[];
  /** The "Mitra Peluang Kedua" pledge (date as the page shows it), when both parts are filled. */
  pledge?: { date: string; statement: string };
  /** Outcomes as the page lists them: "12 orang" (bold), ": Warga binaan dilatih, periode 2025" and the source. */
  outcomes: { value: string; text: string; source: string }[];
}

/** Computes the partner preview from the CMS data. */
export function partnerView(data: Record<string, unknown>): PartnerView {
  const kind = text(data.kind);
  const status = text(data.status);
  const since = toDate(data.since);
  const website = text(data.website);
  const pledgeDate = toDate(data.pledgeDate);
  return {
    name: text(data.name) || t('preview.noPartnerName'),
    kind: kind ? labelOf(partnerKinds, kind as Value<typeof partnerKinds>) : t('preview.noKind'),
    status: status ? labelOf(partnerStatuses, status as Value<typeof partnerStatuses>) : t('preview.noStatus'),
    statusValue: status,
    since: since ? formatDate(since) : undefined,
    areas: strings(data.areas).map((a) => labelOf(programAreas, a as Value<typeof programAreas>)),
    logo: picture(data.logo),
    website,
    websiteText: website.replace(/^https?:\/\//, '').replace(/\/$/, ''),
    contact: text(data.contact),
    summary: text(data.summary),
    exploring: status === 'dalam-penjajakan',
    sample: data.sample === true,
    notes: [pledgeProblem(data.pledgeDate, data.pledgeStatement)?.message].filter((n): n is string => Boolean(n)),
    pledge: pledgeDate && text(data.pledgeStatement) ? { date: formatDate(pledgeDate), statement: text(data.pledgeStatement) } : undefined,
    outcomes: (Array.isArray(data.outcomes) ? data.outcomes : [])
      .filter((o): o is Record<string, unknown> => !!o && typeof o === 'object')
      .map((o) => ({
        value: `${typeof o.value === 'number' ? formatNumber(o.value) : '–'} ${t('partnerPage.outcomes.unit')}`,
        text: `${text(o.measure) ? outcomeLabel({ measure: text(o.measure) as PartnerOutcome, months: typeof o.months === 'number' ? o.months : undefined }) : ''}, ${t('partnerPage.outcomes.period', { period: text(o.period) })}`,
        source: text(o.source),
      })),
  };
}

/** The partner preview template: the markup and classes of /mitra/<slug>/ (src/pages/mitra/[slug].astro). */
export function partnerPreview(h: H): PreviewTemplate {
  return (props) => {
    const v = partnerView(entryData(props.entry));
    const fact = (label: string, value: unknown) => [h('dt', { key: `${label}-t` }, label), h('dd', { key: `${label}-d` }, value)];
    return h(
      'main',
      { id: 'main' },
      notesBox(h, v.notes),
      h(
        'article',
        { className: 'wrap article partner' },
        h(
          'header',
          { className: 'article-header prose' },
          h(
            'p',
            { className: 'card-kicker' },
            h('span', { className: 'kind' }, v.kind),
            ' ',
            h('span', { className: `partner-status status-${v.statusValue}` }, v.status),
          ),
          v.pledge ? h('p', { className: 'pledge-badge-line' }, h('a', { className: 'badge pledge-badge', href: '#' }, t('partnerPage.pledge.badge'))) : null,
          v.logo ? h('img', { src: assetUrl(props, v.logo.src), alt: v.logo.alt, className: 'logo partner-logo', width: 160 }) : null,
          h('h1', null, v.name),
          v.summary ? h('p', { className: 'lead' }, v.summary) : null,
          v.since || v.website || v.contact
            ? h(
                'dl',
                { className: 'facts' },
                ...(v.since ? fact(t('partners.since'), v.since) : []),
                ...(v.website ? fact(t('partners.website'), h('a', { href: v.website, rel: 'noopener noreferrer', target: '_blank' }, v.websiteText)) : []),
                ...(v.contact ? fact(t('partners.contact'), v.contact) : []),
              )
            : null,
          v.exploring ? h('p', { className: 'consent-note' }, t('partners.exploringNote')) : null,
          v.sample ? h('p', { className: 'sample-notice', role: 'note' }, t('sample.notice', { kind: t('sample.kindPartner') })) : null,
          v.pledge
            ? h(
                'section',
                { className: 'pledge' },
                h('h2', null, t('partnerPage.pledge.badge')),
                h('blockquote', null, h('p', null, v.pledge.statement)),
                h('p', { className: 'meta' }, t('partnerPage.pledge.since', { date: v.pledge.date })),
              )
            : null,
          v.outcomes.length
            ? h(
                'section',
                { className: 'outcomes' },
                h('h2', null, t('partnerPage.outcomes.heading')),
                h(
                  'ul',
                  null,
                  ...v.outcomes.map((o, i) =>
                    h(
                      'li',
                      { key: i },
                      h('strong', null, o.value),
                      `: ${o.text}`,
                      h('span', { className: 'meta' }, ` ${t('partnerPage.outcomes.source', { source: o.source })}`),
                    ),
                  ),
                ),
              )
            : null,
        ),
        h(
          'div',
          { className: 'article-body prose' },
          props.widgetFor('body'),
          v.areas.length > 0
            ? h(
                'div',
                { className: 'link-list' },
                h('h2', null, t('partners.areas')),
                h('ul', { className: 'chips' }, ...v.areas.map((a, i) => h('li', { key: i }, h('a', { href: '#' }, a)))),
              )
            : null,
        ),
      ),
    );
  };
}
