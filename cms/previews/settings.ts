/**
 * Preview of the site settings (content/data/settings.yaml) as the /profil/ page shows them
 * (src/pages/profil.astro): about, visiting hours and rules, address, contacts, the sample notice.
 */
import { t } from '../../src/i18n/t';
import { paragraphs } from '../../src/lib/paragraphs';
import { telHref, waHref } from '../../src/lib/contact';
import { entryData, text, type H, type PreviewTemplate } from './h';

/** What the settings preview shows (pure, tested). */
export interface SettingsView {
  name: string;
  about: string[];
  address: string;
  mapUrl: string;
  phone: string;
  whatsapp: string;
  email: string;
  social: { name: string; url: string }[];
  hours: { days: string; hours: string }[];
  rules: string[];
  note: string;
  sample: boolean;
}

const rows = <T extends Record<string, unknown>>(value: unknown): T[] =>
  Array.isArray(value) ? value.filter((v): v is T => !!v && typeof v === 'object') : [];

/** Computes the settings preview from the CMS data. */
export function settingsView(data: Record<string, unknown>): SettingsView {
  return {
    name: text(data.name),
    about: paragraphs(text(data.about)),
    address: text(data.address),
    mapUrl: text(data.mapUrl),
    phone: text(data.phone),
    whatsapp: text(data.whatsapp),
    email: text(data.email),
    social: rows<{ name?: unknown; url?: unknown }>(data.social)
      .map((s) => ({ name: text(s.name), url: text(s.url) }))
      .filter((s) => s.url),
    hours: rows<{ days?: unknown; hours?: unknown }>(data.visitingHours).map((r) => ({ days: text(r.days), hours: text(r.hours) })),
    rules: (Array.isArray(data.visitingRules) ? data.visitingRules : []).map(text).filter(Boolean),
    note: text(data.visitingNote),
    sample: data.sample === true,
  };
}

/** A link that never breaks the preview when a number is still being typed. */
const safe = (make: () => string) => {
  try {
    return make();
  } catch {
    return undefined;
  }
};

/** The settings preview template: the /profil/ page. */
export function settingsPreview(h: H): PreviewTemplate {
  return (props) => {
    const v = settingsView(entryData(props.entry));
    return h(
      'main',
      { id: 'main' },
      h(
        'div',
        { className: 'wrap prose profile' },
        h('h1', null, t('profile.title')),
        ...v.about.map((p, i) => h('p', { key: `a${i}`, className: i === 0 ? 'lead' : undefined }, p)),
        h(
          'section',
          null,
          h('h2', null, t('profile.visitHeading')),
          v.hours.length > 0
            ? h(
                'table',
                { className: 'hours' },
                h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('profile.day')), h('th', { scope: 'col' }, t('profile.hours')))),
                h('tbody', null, ...v.hours.map((r, i) => h('tr', { key: i }, h('th', { scope: 'row' }, r.days), h('td', null, r.hours)))),
              )
            : h('p', null, t('profile.noHours')),
          v.rules.length > 0 ? h('h3', null, t('profile.rulesHeading')) : null,
          v.rules.length > 0 ? h('ol', { className: 'rules' }, ...v.rules.map((r, i) => h('li', { key: i }, r))) : null,
          v.note ? h('p', { className: 'consent-note' }, v.note) : null,
        ),
        h(
          'section',
          null,
          h('h2', null, t('profile.addressHeading')),
          h('address', null, h('strong', null, v.name), h('br'), v.address),
          v.mapUrl ? h('p', null, h('a', { href: v.mapUrl, target: '_blank', rel: 'noopener noreferrer' }, t('profile.map'))) : null,
        ),
        h(
          'section',
          null,
          h('h2', null, t('profile.contactHeading')),
          h(
            'ul',
            { className: 'contact-list' },
            h('li', null, `${t('footer.phone')}: `, h('a', { href: safe(() => telHref(v.phone)) }, v.phone)),
            h('li', null, `${t('footer.whatsapp')}: `, h('a', { href: safe(() => waHref(v.whatsapp)) }, v.whatsapp)),
            h('li', null, `${t('footer.email')}: `, h('a', { href: `mailto:${v.email}` }, v.email)),
            ...v.social.map((s, i) => h('li', { key: `s${i}` }, `${s.name}: `, h('a', { href: s.url }, s.url.replace(/^https?:\/\//, '')))),
          ),
          v.sample ? h('p', { className: 'sample-notice', role: 'note' }, t('footer.sampleContact')) : null,
          h('p', null, t('profile.noFees')),
        ),
      ),
    );
  };
}
