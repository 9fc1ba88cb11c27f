/**
 * Small helps around Decap's own screens, where its configuration cannot reach (each one is a
 * documented Decap limitation, docs/TEAM-NOTES.md "Decap quirks"):
 * - a refused save is seen where the editor is: Decap only marks the fields (in capitals, at the
 *   top of the form, out of sight) and shows a notice only for empty required fields; here every
 *   refused save shows a notice naming each field, and the form scrolls to the first;
 * - uploads get unique names, so a photo never replaces another one that other entries may use
 *   (Decap would ask in hard-coded English "already exists. Do you want to replace it?");
 * - the header's link to the site says "Lihat situs" (Decap writes the address itself, "/"), and a
 *   field's box is named after its label for screen readers (Decap names it after the widget:
 *   "kolom string", "kolom datetime").
 */
import { idPhrases } from './locale-id';

const toolbar = idPhrases.editor.editorToolbar;

/** The toolbar actions that save the entry (Decap validates the form first). */
export const SAVE_ACTIONS: readonly string[] = [toolbar.save, toolbar.publishNow, toolbar.publishAndCreateNew, toolbar.publishAndDuplicate];

/** True when a clicked control's text is one of the save actions. */
export function isSaveAction(text: string | null | undefined): boolean {
  return SAVE_ACTIONS.includes((text ?? '').replace(/\s+/g, ' ').trim());
}

/** The lines of the refused-save notice: each problem once, in form order. */
export function refusalLines(messages: readonly string[]): string[] {
  return [...new Set(messages.map((m) => m.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** The heading of the refused-save notice. */
export function refusalHeading(count: number): string {
  return count === 1 ? 'Belum tersimpan. Perbaiki kolom ini:' : `Belum tersimpan. Perbaiki ${count} hal ini:`;
}

const WIB_OFFSET_MS = 7 * 3600_000;

/**
 * A file name no other upload has: the name plus the upload moment in WIB
 * ("Foto Kunjungan.JPG" → "Foto Kunjungan-20261120-051703.JPG"); Decap then lowercases and slugs it.
 */
export function uniqueUploadName(name: string, now: Date): string {
  const stamp = new Date(now.getTime() + WIB_OFFSET_MS).toISOString().replace(/\D/g, '').slice(0, 14);
  const at = `${stamp.slice(0, 8)}-${stamp.slice(8)}`;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${at}${name.slice(dot)}` : `${name}-${at}`;
}

/** The label of the header's link to the public site. */
export const SITE_LINK_LABEL = 'Lihat situs';

/** Decap's error list above a field (its styled component's label is part of the class name). */
const ERROR_LIST = '[class*="ControlErrorsList"]';
const CONTROL = '[class*="ControlContainer"]';

/** Shows the refused-save notice (replacing an older one); it stays until closed or the next save. */
function showRefusal(lines: string[]): void {
  document.querySelector('.lapas-refusal')?.remove();
  const box = document.createElement('div');
  box.className = 'lapas-refusal';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.textContent = refusalHeading(lines.length);
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Tutup pesan');
  close.addEventListener('click', () => box.remove());
  box.append(heading, list, close);
  document.body.append(box);
}

/** After a save action: when Decap marked fields, name them in a notice and bring the first into view. */
function watchRefusedSave(): void {
  document.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest('button, [role="menuitem"], [role="button"], li, span');
      if (!target || !isSaveAction(target.textContent)) return;
      document.querySelector('.lapas-refusal')?.remove();
      let tries = 0;
      const look = () => {
        const errors = [...document.querySelectorAll(`${ERROR_LIST} li`)];
        if (errors.length === 0) {
          if (++tries < 15) setTimeout(look, 100);
          return;
        }
        showRefusal(refusalLines(errors.map((e) => e.textContent ?? '')));
        const first = errors[0]!.closest(CONTROL) ?? errors[0]!;
        first.scrollIntoView({ behavior: 'smooth', block: 'center' });
        first.querySelector<HTMLElement>('input, textarea, [contenteditable="true"], button')?.focus({ preventScroll: true });
      };
      setTimeout(look, 50);
    },
    true,
  );
}

/** Renames chosen files before Decap's media library reads them. */
function uniqueUploads(): void {
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input || input.type !== 'file' || !input.files?.length || input.dataset.lapasRenamed === '1') return;
      const now = new Date();
      const renamed = new DataTransfer();
      for (const file of input.files) renamed.items.add(new File([file], uniqueUploadName(file.name, now), { type: file.type, lastModified: file.lastModified }));
      input.files = renamed.files;
    },
    true,
  );
}

/** The screen-reader name of a field's box: "kolom Judul", not Decap's "kolom string" (the widget's name). */
export function fieldBoxName(prefix: string, label: string): string {
  return `${prefix} ${label.replace(/\s*\(tidak wajib\)\s*$/i, '').replace(/\s+/g, ' ').trim()}`;
}

const BOX_PREFIX = idPhrases.editor.editorControl.field.widgetLabel.replace('%{widgetLabel}', '').trim();
const WIDGET_NAMES = /^(string|text|datetime|select|tags|object|image|file|relation|boolean|markdown|list|number|hidden|code|color|map|uuid)$/;

/**
 * Names Decap's own screens where its phrases cannot: the header's link to the site ("Lihat situs",
 * not "/"), and every field's box after its label. Runs whenever Decap renders.
 */
function nameThings(): void {
  const name = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[class*="AppHeaderSiteLink"]')) {
      if (link.textContent?.trim() !== SITE_LINK_LABEL) link.textContent = SITE_LINK_LABEL;
    }
    for (const box of document.querySelectorAll<HTMLElement>(`[aria-label^="${BOX_PREFIX} "]`)) {
      const widget = box.getAttribute('aria-label')!.slice(BOX_PREFIX.length + 1);
      const label = box.querySelector('label')?.textContent;
      if (WIDGET_NAMES.test(widget) && label) box.setAttribute('aria-label', fieldBoxName(BOX_PREFIX, label));
    }
  };
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
}

/** Starts every help (once, before CMS.init). */
export function startEditorHelp(): void {
  watchRefusedSave();
  uniqueUploads();
  nameThings();
}
