/**
 * Preview of the public services (content/data/services.yaml) as /layanan/ shows them
 * (src/pages/layanan.astro): free of charge, visiting, rights and procedures, complaint
 * channels, the service pledge and the IKM table; sample parts carry the "Contoh" badge.
 */
import { t } from '../../src/i18n/t';
import { paragraphs } from '../../src/lib/paragraphs';
import { channelLabel, formatScore } from '../../src/lib/services';
import { labelOf, serviceProcedures, type ServiceProcedure } from '../../src/schemas/enums';
import { entryData, strings, text, type H, type PreviewTemplate } from './h';

/** What the services preview shows (pure, tested). */
export interface ServicesView {
  intro: string;
  visiting: {
    schedule: { days: string; hours: string }[];
    who: string[];
    bring: string[];
    notAllowed: string[];
    booking: string;
    note: string;
    sample: boolean;
  };
  procedures: { name: string; what: string[]; who: string[]; steps: string[]; where: string; legalBasis: string; sample: boolean }[];
  complaints: { name: string; address: string; description: string; sample: boolean }[];
  maklumat: string[];
  standards: string[];
  standardsSample: boolean;
  ikm: { period: string; score: string; source: string; sample: boolean }[];
}

const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];

/** Computes the services preview from the CMS data; `whatsapp` is the site's number (or a placeholder). */
export function servicesView(data: Record<string, unknown>, whatsapp = t('preview.services.whatsapp')): ServicesView {
  const visiting = (data.visiting && typeof data.visiting === 'object' ? data.visiting : {}) as Record<string, unknown>;
  return {
    intro: text(data.intro),
    visiting: {
      schedule: rows(visiting.schedule).map((r) => ({ days: text(r.days), hours: text(r.hours) })),
      who: strings(visiting.whoMayVisit),
      bring: strings(visiting.bring),
      notAllowed: strings(visiting.notAllowed),
      booking: text(visiting.booking),
      note: text(visiting.note),
      sample: visiting.sample === true,
    },
    procedures: rows(data.procedures).map((p) => ({
      name: text(p.procedure) ? labelOf(serviceProcedures, text(p.procedure) as ServiceProcedure) : t('preview.services.noProcedure'),
      what: paragraphs(text(p.what)),
      who: strings(p.who),
      steps: strings(p.steps),
      where: text(p.where),
      legalBasis: text(p.legalBasis),
      sample: p.sample === true,
    })),
    complaints: rows(data.complaints).map((c) => ({
      name: text(c.name),
      address:
        text(c.kind) === 'whatsapp-lapas' ? channelLabel({ kind: 'whatsapp-lapas' }, whatsapp) : channelLabel({ kind: 'situs', url: text(c.url) }, whatsapp),
      description: text(c.description),
      sample: c.sample === true,
    })),
    maklumat: paragraphs(text(data.maklumat)),
    standards: strings(data.standards),
    standardsSample: data.standardsSample === true,
    ikm: rows(data.ikm).map((p) => ({
      period: text(p.period),
      score: typeof p.score === 'number' && Number.isFinite(p.score) ? formatScore(p.score) : '–',
      source: text(p.source),
      sample: p.sample === true,
    })),
  };
}

/** The services preview template: the /layanan/ page. */
export function servicesPreview(h: H): PreviewTemplate {
  const badge = (on: boolean) => (on ? h('span', { className: 'badge' }, t('services.sampleBadge')) : null);
  const list = (tag: 'ul' | 'ol', items: string[], className?: string) =>
    items.length ? h(tag, { className }, ...items.map((x, i) => h('li', { key: i }, x))) : null;
  return (props) => {
    const v = servicesView(entryData(props.entry));
    return h(
      'main',
      { id: 'main' },
      h(
        'div',
        { className: 'wrap services-page' },
        h('h1', null, t('services.title')),
        h('p', { className: 'lead' }, v.intro),
        h('p', { className: 'free' }, h('strong', null, t('services.free')), ' ', t('services.freeDetail')),
        h(
          'section',
          null,
          h('h2', null, t('services.visiting.heading'), ' ', badge(v.visiting.sample)),
          h(
            'table',
            { className: 'hours' },
            h('tbody', null, ...v.visiting.schedule.map((r, i) => h('tr', { key: i }, h('th', { scope: 'row' }, r.days), h('td', null, r.hours)))),
          ),
          v.visiting.note ? h('p', { className: 'consent-note' }, v.visiting.note) : null,
          v.visiting.who.length ? h('h3', null, t('services.visiting.who')) : null,
          list('ul', v.visiting.who, 'who'),
          v.visiting.bring.length ? h('h3', null, t('services.visiting.bring')) : null,
          list('ul', v.visiting.bring, 'bring'),
          v.visiting.notAllowed.length ? h('h3', null, t('services.visiting.notAllowed')) : null,
          list('ul', v.visiting.notAllowed, 'not-allowed'),
          h('h3', null, t('services.visiting.booking')),
          h('p', null, v.visiting.booking),
        ),
        h(
          'section',
          null,
          h('h2', null, t('services.procedures.heading')),
          ...v.procedures.map((p, i) =>
            h(
              'article',
              { key: i, className: 'procedure' },
              h('h3', null, p.name, ' ', badge(p.sample)),
              ...p.what.map((x, j) => h('p', { key: `w${j}` }, x)),
              p.who.length ? h('h4', null, t('services.procedures.who')) : null,
              list('ul', p.who),
              p.steps.length ? h('h4', null, t('services.procedures.steps')) : null,
              list('ol', p.steps),
              h('h4', null, t('services.procedures.where')),
              h('p', null, p.where),
              p.legalBasis ? h('p', { className: 'meta legal' }, `${t('services.procedures.legal')}: ${p.legalBasis}`) : null,
              h('p', { className: 'free-line' }, h('strong', null, t('services.procedures.free'))),
            ),
          ),
        ),
        h(
          'section',
          null,
          h('h2', null, t('services.complaints.heading')),
          h(
            'ul',
            { className: 'channels' },
            ...v.complaints.map((c, i) =>
              h('li', { key: i }, h('h3', null, c.name, ' ', badge(c.sample)), h('p', null, c.description), h('p', { className: 'address' }, c.address)),
            ),
          ),
        ),
        h(
          'section',
          null,
          h('h2', null, t('services.standards.heading'), ' ', badge(v.standardsSample)),
          v.maklumat.length ? h('blockquote', { className: 'maklumat' }, ...v.maklumat.map((x, i) => h('p', { key: i }, x))) : null,
          list('ul', v.standards, 'standards'),
        ),
        v.ikm.length
          ? h(
              'section',
              null,
              h('h2', null, t('services.ikm.heading')),
              h(
                'table',
                { className: 'ikm' },
                h(
                  'thead',
                  null,
                  h('tr', null, h('th', null, t('services.ikm.period')), h('th', null, t('services.ikm.score')), h('th', null, t('services.ikm.source'))),
                ),
                h(
                  'tbody',
                  null,
                  ...v.ikm.map((p, i) =>
                    h('tr', { key: i }, h('th', { scope: 'row' }, p.period), h('td', null, p.score, ' ', badge(p.sample)), h('td', null, p.source)),
                  ),
                ),
              ),
            )
          : null,
      ),
    );
  };
}
