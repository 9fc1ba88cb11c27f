/**
 * Preview of the site settings (content/data/settings.yaml) as the /profil/ page shows them
 * (src/pages/profil.astro): about, the link to /layanan/ for visiting, address, contacts, the sample notice.
 */
import { t } from '../../src/i18n/t';
import { paragraphs } from '../../src/lib/paragraphs';
import { telHref, waHref } from '../../src/lib/contact';
import { entryData, text, type H, type PreviewTemplate } from './h';
import { routes } from '../../src/lib/routes';

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
        h('section', null, h('h2', null, t('profile.visitHeading')), h('p', null, h('a', { href: routes.visiting }, t('profile.visitLink')))),
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
