/**
 * Preview of the words of /bermitra/ (content/data/employers.yaml) as the page shows them
 * (src/pages/bermitra.astro): heading, reasons, the three routes with their six parts, other
 * ways, steps, what the Lapas provides and the pledge section.
 */
import { t } from '../../src/i18n/t';
import { employerRoutes, labelOf, otherPartnershipWays, type EmployerRoute, type OtherPartnershipWay } from '../../src/schemas/enums';
import { entryData, text, type H, type PreviewTemplate } from './h';
import { ROUTE_PARTS } from '../../src/lib/employer-routes';

/** A section as the preview shows it. */
interface SectionView {
  heading: string;
  intro: string;
  items: { title: string; body: string }[];
}

/** One route with its parts, in the page's order. */
interface RouteView {
  title: string;
  /** The route's name in the contact form. */
  choice: string;
  parts: { label: string; text: string }[];
  sample: boolean;
}

/** What the employers preview shows (pure, tested). */
export interface EmployersView {
  title: string;
  lead: string;
  why: SectionView;
  routes: { heading: string; intro: string; items: RouteView[] };
  ways: SectionView;
  steps: SectionView;
  provides: SectionView;
  pledge: { heading: string; intro: string };
}

const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const rows = (v: unknown) => (Array.isArray(v) ? v.map(obj) : []);
const section = (v: unknown): SectionView => ({
  heading: text(obj(v).heading),
  intro: text(obj(v).intro),
  items: rows(obj(v).items).map((i) => ({ title: text(i.title), body: text(i.body) })),
});

/** Computes the employers preview from the CMS data. */
export function employersView(data: Record<string, unknown>): EmployersView {
  const routes = obj(data.routes);
  const ways = obj(data.ways);
  return {
    title: text(data.title),
    lead: text(data.lead),
    why: section(data.why),
    routes: {
      heading: text(routes.heading),
      intro: text(routes.intro),
      items: rows(routes.items).map((r) => ({
        title: text(r.title),
        choice: text(r.route) ? labelOf(employerRoutes, text(r.route) as EmployerRoute) : '',
        parts: ROUTE_PARTS.map(([field, key]) => ({ label: t(key), text: text(r[field]) })),
        sample: r.sample === true,
      })),
    },
    ways: {
      heading: text(ways.heading),
      intro: text(ways.intro),
      items: rows(ways.items).map((w) => ({ title: text(w.way) ? labelOf(otherPartnershipWays, text(w.way) as OtherPartnershipWay) : '', body: text(w.body) })),
    },
    steps: section(data.steps),
    provides: section(data.provides),
    pledge: { heading: text(obj(data.pledge).heading), intro: text(obj(data.pledge).intro) },
  };
}

/** The employers preview template: the /bermitra/ page without its live parts (figures, partners, form). */
export function employersPreview(h: H): PreviewTemplate {
  const cards = (s: SectionView, className: string, tag: 'ul' | 'ol' = 'ul') =>
    h(
      'section',
      null,
      h('h2', null, s.heading),
      s.intro ? h('p', null, s.intro) : null,
      h(tag, { className }, ...s.items.map((i, n) => h('li', { key: n }, h('h3', null, i.title), h('p', null, i.body)))),
    );
  return (props) => {
    const v = employersView(entryData(props.entry));
    return h(
      'main',
      { id: 'main' },
      h('section', { className: 'hero partner-hero' }, h('div', { className: 'wrap' }, h('h1', null, v.title), h('p', { className: 'lead' }, v.lead))),
      h(
        'div',
        { className: 'wrap partner-page' },
        cards(v.why, 'reasons'),
        h(
          'section',
          null,
          h('h2', null, v.routes.heading),
          v.routes.intro ? h('p', null, v.routes.intro) : null,
          h(
            'ol',
            { className: 'routes' },
            ...v.routes.items.map((r, n) =>
              h(
                'li',
                { key: n },
                h('h3', null, r.title, r.sample ? ' ' : null, r.sample ? h('span', { className: 'badge' }, t('faqItem.draft')) : null),
                h('dl', null, ...r.parts.flatMap((p, i) => [h('dt', { key: `t${i}` }, p.label), h('dd', { key: `d${i}` }, p.text)])),
                h('p', { className: 'meta choice' }, `${t('composer.way')}: ${r.choice}`),
              ),
            ),
          ),
        ),
        cards(v.ways, 'ways'),
        cards(v.steps, 'steps', 'ol'),
        cards(v.provides, 'provides'),
        h('section', null, h('h2', null, v.pledge.heading), h('p', null, v.pledge.intro)),
      ),
    );
  };
}
