/**
 * Small helps around Decap's own screens, where its configuration cannot reach (each one is a
 * documented Decap limitation, docs/TEAM-NOTES.md "Decap quirks"):
 * - a refused save is seen where the editor is: Decap only marks the fields (in capitals, at the
 *   top of the form, out of sight) and shows a notice only for empty required fields; here every
 *   refused save shows a notice naming each field, and the form scrolls to the first;
 * - uploads get unique names, so a photo never replaces another one that other entries may use
 *   (Decap would ask in hard-coded English "already exists. Do you want to replace it?", which is
 *   asked in Indonesian should it ever come);
 * - beside Decap's "Sudah terbit", the site's own verdict (terjadwal, draf, persetujuan), from
 *   cms/site-status.ts, which uses the build's rules;
 * - the header's link to the site says "Lihat situs" (Decap writes the address itself, "/"), and a
 *   field's box loses Decap's screen-reader name after the widget ("kolom string", "kolom
 *   datetime"): the field's label names its input; the alt text, required whenever there is a
 *   photo, is not labelled "(tidak wajib)" (cms/fields.ts REQUIRED_WHEN_NAMED);
 * - the English of Decap's libraries (select menus, sortable lists, their screen-reader
 *   announcements) is replaced by Indonesian as it appears (cms/library-phrases.ts).
 */
import { LIBRARY_LABELS, LIBRARY_ROLES, LIBRARY_TEXTS, libraryPhraseInIndonesian } from './library-phrases';
import { REQUIRED_WHEN_NAMED } from './fields';
import { idPhrases } from './locale-id';
import type { SiteStatus } from './site-status';

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
export function uniqueUploadName(name: string, now: Date, taken: ReadonlySet<string> = new Set()): string {
  const stamp = new Date(now.getTime() + WIB_OFFSET_MS).toISOString().replace(/\D/g, '').slice(0, 14);
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    // Two uploads of one name in the same second get -2, -3 …
    const candidate = `${base}-${stamp.slice(0, 8)}-${stamp.slice(8)}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
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

/** The field label a refusal message names first (the earliest mention; the longest label on a tie), or undefined. */
export function labelInMessage(message: string, labels: readonly string[]): string | undefined {
  const text = message.toLowerCase();
  let best: { label: string; at: number } | undefined;
  for (const label of labels) {
    const at = text.indexOf(label.toLowerCase());
    if (at >= 0 && (!best || at < best.at || (at === best.at && label.length > best.label.length))) best = { label, at };
  }
  return best?.label;
}

/**
 * Brings the field a refusal names into view (for the checks before saving, cms/validation.ts,
 * whose message Decap shows in its own notice): the form scrolls to it.
 */
export function showRefusedField(message: string): void {
  const labels = [...document.querySelectorAll<HTMLLabelElement>('label[for]')];
  const clean = (l: HTMLLabelElement) => switchName(l.textContent ?? '');
  const label = labelInMessage(
    message,
    labels.map(clean).filter((t) => t.length > 2),
  );
  const target = labels.find((l) => clean(l) === label);
  target?.closest(CONTROL)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
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
  const issued = new Set<string>();
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (!input || input.type !== 'file' || !input.files?.length) return;
      const now = new Date();
      const renamed = new DataTransfer();
      for (const file of input.files) {
        const name = uniqueUploadName(file.name, now, issued);
        issued.add(name.toLowerCase());
        renamed.items.add(new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      input.files = renamed.files;
    },
    true,
  );
}

const markdownModes = idPhrases.editor.editorWidgets.markdown.toggleMode;

/** A yes/no field's name for screen readers: its label without Decap's "(tidak wajib)". */
export function switchName(label: string): string {
  return label
    .replace(new RegExp(`\\s*\\(${idPhrases.editor.editorControl.field.optional}\\)\\s*$`), '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The "(tidak wajib)" Decap puts in the labels of REQUIRED_WHEN_NAMED fields (their label's for is Decap's "<name>-field-<n>"). */
const CONDITIONAL_OPTIONAL = REQUIRED_WHEN_NAMED.map((name) => `label[for^="${name}-field-"] > span`).join(', ');

/** Decap's name of a field's box: "kolom string" (its phrase with the widget's name). */
const BOX_NAME = new RegExp(`^${idPhrases.editor.editorControl.field.widgetLabel.replace('%{widgetLabel}', '[a-z-]+')}$`);

/**
 * Fixes names on Decap's own screens where its phrases cannot: the header's link to the site
 * ("Lihat situs", not "/") and the fields' boxes ("kolom string"). Runs whenever Decap renders.
 */
function nameThings(): void {
  const name = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[class*="AppHeaderSiteLink"]')) {
      if (link.textContent?.trim() !== SITE_LINK_LABEL) link.textContent = SITE_LINK_LABEL;
    }
    // A plain box cannot carry a name (ARIA: naming prohibited on generic), and the field's own
    // label already names its input: Decap's "kolom string" is only noise, in English.
    for (const box of document.querySelectorAll<HTMLElement>('[class*="ControlContainer"][aria-label]')) {
      if (BOX_NAME.test(box.getAttribute('aria-label')!)) box.removeAttribute('aria-label');
    }
    // Decap's switch drops the name it is given: the Markdown editor's mode switch and the yes/no
    // fields (whose <label for> cannot name a div) are named here.
    for (const toggle of document.querySelectorAll<HTMLElement>('[class*="ToolbarToggle"] [role="switch"]')) {
      const name = toggle.getAttribute('aria-checked') === 'true' ? markdownModes.rich : markdownModes.markdown;
      if (toggle.getAttribute('aria-label') !== name) toggle.setAttribute('aria-label', name);
    }
    for (const toggle of document.querySelectorAll<HTMLElement>('[role="switch"][id]:not([aria-label])')) {
      const label = document.querySelector(`label[for="${CSS.escape(toggle.id)}"]`)?.textContent;
      if (label) toggle.setAttribute('aria-label', switchName(label));
    }
    // A field required whenever its hint says ("wajib bila ada foto") is not labelled "(tidak wajib)".
    for (const optional of document.querySelectorAll<HTMLElement>(CONDITIONAL_OPTIONAL)) if (!optional.hidden) optional.hidden = true;
    inIndonesian();
    showSiteStatus();
  };
  // Texts the libraries change in place (announcements) and labels they set come as characterData and attribute changes.
  new MutationObserver(name).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-label', 'aria-roledescription'],
  });
}

/** Puts the Indonesian of cms/library-phrases.ts in place of the libraries' English (only real changes, so the observer settles). */
function inIndonesian(): void {
  for (const el of document.querySelectorAll<HTMLElement>(LIBRARY_TEXTS)) {
    const said = libraryPhraseInIndonesian(el.textContent ?? '');
    if (said === null) continue;
    // The text node React keeps writing to is changed, not replaced, so its next announcement comes through.
    const node = el.childNodes.length === 1 && el.firstChild instanceof Text ? el.firstChild : null;
    if (node) node.nodeValue = said;
    else el.textContent = said;
  }
  for (const [selector, attribute] of [
    [LIBRARY_LABELS, 'aria-label'],
    [LIBRARY_ROLES, 'aria-roledescription'],
  ] as const) {
    for (const el of document.querySelectorAll(selector)) {
      const said = libraryPhraseInIndonesian(el.getAttribute(attribute) ?? '');
      if (said !== null) el.setAttribute(attribute, said);
    }
  }
}

/**
 * Decap's hard-coded English replace question ("x.jpg already exists. Do you want to replace it?"),
 * in Indonesian; null for any other question. Unique upload names mean it should never be asked.
 */
export function replaceQuestion(message: string): string | null {
  const m = /^(.+) already exists\. Do you want to replace it\?$/.exec(message);
  return m
    ? `Sudah ada berkas bernama "${m[1]}". Ganti berkas lama dengan yang baru? Semua tulisan yang memakai foto lama akan ikut menampilkan foto baru.`
    : null;
}

/** Asks Decap's English questions in Indonesian. */
function indonesianQuestions(): void {
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => confirm(replaceQuestion(String(message ?? '')) ?? message);
}

let lastStatus: SiteStatus | null = null;

/** Remembers what the site does with the entry being edited (the previews report it on every change). */
export function reportSiteStatus(status: SiteStatus | null): void {
  lastStatus = status;
  showSiteStatus();
}

/**
 * Beside Decap's "Sudah terbit", says whether the site shows the entry (terjadwal, draf, withheld
 * for consent), so the header and the build agree.
 */
function showSiteStatus(): void {
  const published = [...document.querySelectorAll('button, [role="button"]')].some((b) => b.textContent?.trim() === toolbar.published);
  const inEditor = /\/(entries|new)\b/.test(location.hash);
  let chip = document.querySelector<HTMLElement>('.lapas-site-status');
  if (!lastStatus || !published || !inEditor) return chip?.remove();
  if (!chip) {
    chip = document.createElement('p');
    chip.className = 'lapas-site-status';
    chip.setAttribute('role', 'status');
    document.body.append(chip);
  }
  // Only real changes: writing the same text again would wake the observer that calls this.
  if (chip.textContent !== lastStatus.text) chip.textContent = lastStatus.text;
  if (chip.classList.contains('lapas-site-status-off') === lastStatus.live) chip.classList.toggle('lapas-site-status-off', !lastStatus.live);
}

/** Starts every help (once, before CMS.init). */
export function startEditorHelp(): void {
  indonesianQuestions();
  watchRefusedSave();
  uniqueUploads();
  nameThings();
}
