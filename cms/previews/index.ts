/**
 * Registers the preview pane: the site's own stylesheet (fonts included, self-hosted) plus a few
 * preview-only rules, and the templates for news, stories, partners and the site settings.
 */
import siteCss from '../../src/styles/global.css?inline';
import previewCss from './preview.css?inline';
import agendaCss from '../../src/styles/agenda.css?inline';
import partnerCss from '../../src/styles/partner.css?inline';
import { entryData, type H, type PreviewTemplate } from './h';
import { newsPreview } from './news';
import { partnerPreview } from './partner';
import { productPreview } from './product';
import { storyPreview } from './story';
import { settingsPreview } from './settings';
import { eventPreview } from './event';
import { servicesPreview } from './services';
import { employersPreview } from './employers';

/** The part of window.CMS the previews need. */
export interface PreviewRegistry {
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(name: string, template: PreviewTemplate): void;
}

/** The collection name → template factory. */
export const PREVIEW_TEMPLATES: Record<string, (h: H) => PreviewTemplate> = {
  news: (h) => newsPreview(h),
  stories: (h) => storyPreview(h),
  partners: (h) => partnerPreview(h),
  events: (h) => eventPreview(h),
  products: (h) => productPreview(h),
  // A file of the "Data Situs" collection: the template is named after the file.
  settings: (h) => settingsPreview(h),
  services: (h) => servicesPreview(h),
  employers: (h) => employersPreview(h),
};

/**
 * Registers styles and templates with Decap. `onRender` hears each rendered entry (collection and
 * data): the header's site status (cms/site-status.ts) follows the form as the preview does.
 */
export function registerPreviews(cms: PreviewRegistry, h: H, onRender: (collection: string, data: Record<string, unknown>) => void = () => {}): void {
  cms.registerPreviewStyle(siteCss, { raw: true });
  cms.registerPreviewStyle(previewCss, { raw: true });
  cms.registerPreviewStyle(agendaCss, { raw: true });
  cms.registerPreviewStyle(partnerCss, { raw: true });
  for (const [name, make] of Object.entries(PREVIEW_TEMPLATES)) {
    const template = make(h);
    cms.registerPreviewTemplate(name, (props) => {
      onRender(name, entryData(props.entry));
      return template(props);
    });
  }
}
