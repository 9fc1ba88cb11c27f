/**
 * Registers the project's widgets with Decap (cms/admin.ts calls this before CMS.init):
 * - "tags": tags typed "a, b, c" (Decap's list widget swallows the space after a comma);
 * - "string" and "text": Decap's own controls plus a live counter on fields with a length limit;
 * - "datetime": DD-MM-YYYY and HH.mm WIB whatever the browser's language and zone;
 * - the rich text editor's photo component, labelled in Indonesian (cms/widgets/body-image.ts).
 * Widget names stay Decap's where we only wrap or replace the control, so the configuration and
 * the parity test (tests/unit/cms-parity.test.ts) read as plain Decap.
 */
import { bodyImageComponent, type EditorComponentRegistry } from './body-image';
import { withCounter } from './counter';
import { tagsControl, tagsPreview } from './tags';
import type { CreateClass, H, WidgetRegistry } from './types';
import { wibDateControl, wibDatePreview } from './wib-date';
import css from './widgets.css?inline';

/** The widget name of tag lists in the configuration. */
export const TAGS_WIDGET = 'tags';

/** Registers the widgets and their stylesheet (the admin's policy allows inline styles: Decap needs them). */
export function registerWidgets(cms: WidgetRegistry & EditorComponentRegistry, h: H, createClass: CreateClass): void {
  for (const name of ['string', 'text']) {
    const builtIn = cms.getWidget(name);
    if (builtIn) cms.registerWidget(name, withCounter(h, createClass, builtIn.control), builtIn.preview);
  }
  cms.registerWidget(TAGS_WIDGET, tagsControl(h, createClass), tagsPreview(h));
  cms.registerWidget('datetime', wibDateControl(h, createClass), wibDatePreview(h));
  cms.registerEditorComponent(bodyImageComponent(h));
  const style = document.createElement('style');
  style.dataset.lapas = 'widgets';
  style.textContent = css;
  document.head.append(style);
}
