/**
 * The English that Decap's libraries put on its screens, where Decap's locale cannot reach: the
 * notices' close button (react-toastify), the rich text editor's links, the select and relation fields (react-select: "No options", "Remove …" and the screen-reader
 * announcements of its live region) and the sortable lists (dnd-kit: the instructions every list
 * item is described by, its "sortable" role and the announcements while moving an item). Decap
 * passes none of these libraries' phrase options on, so cms/editor-help.ts replaces the texts
 * with these, the moment they appear (docs/TEAM-NOTES.md, "CMS: where Decap itself is the trap").
 */

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** Each phrase of react-select 5 and dnd-kit 6 as Decap 3.16 ships them (whitespace collapsed), in Indonesian. */
const RULES: readonly Rule[] = [
  // dnd-kit: the description of every sortable item, and its announcements.
  [
    /^To pick up a draggable item, press the space bar\. While dragging, use the arrow keys to move the item\. Press space again to drop the item in its new position, or press escape to cancel\.$/,
    () => 'Untuk memindahkan butir ini, tekan spasi, geser dengan tombol panah, lalu tekan spasi lagi untuk meletakkannya, atau Escape untuk membatalkan.',
  ],
  [/^Picked up draggable item .+\.$/, () => 'Butir diangkat. Geser dengan tombol panah.'],
  [/^Draggable item .+ was moved over droppable area .+\.$/, () => 'Butir bergeser.'],
  [/^Draggable item .+ is no longer over a droppable area\.$/, () => 'Butir berada di luar daftar.'],
  [/^Dragging was cancelled\. Draggable item .+ was dropped\.$/, () => 'Pemindahan dibatalkan, butir kembali ke tempatnya.'],
  [/^Draggable item .+ was dropped over droppable area .+$/, () => 'Butir diletakkan di tempat barunya.'],
  [/^Draggable item .+ was dropped\.$/, () => 'Butir diletakkan.'],
  [/^sortable$/, () => 'butir yang dapat dipindah'],
  // react-select: the menu's notices, the remove button of a chosen value, the live region.
  [/^No options$/, () => 'Tidak ada pilihan yang cocok'],
  [/^Loading\.\.\.$/, () => 'Memuat…'],
  // Decap's relation field writes its own (Decap's locale has no phrase for it).
  [/^Loading options…$/, () => 'Memuat pilihan…'],
  // Decap's notices (react-toastify) and the rich text editor's links.
  [/^close$/, () => 'Tutup pemberitahuan'],
  [/^notification timer$/, () => 'Sisa waktu pemberitahuan'],
  [/^Open link in a new tab$/, () => 'Buka tautan di tab baru'],
  [/^Remove option$/, () => 'Hapus pilihan'],
  [/^Remove (.+)$/, (label) => `Hapus ${label}`],
  [
    /^.* is focused ?(, ?type to refine list)?, press Down to open the menu,( press left to focus selected values)?$/,
    (refine, left) =>
      `Kolom pilihan${refine ? ', ketik untuk menyaring' : ''}, tekan panah bawah untuk membuka daftar${left ? ', panah kiri untuk ke pilihan yang sudah dipilih' : ''}.`,
  ],
  [
    /^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/,
    (tab) => `Panah atas dan bawah untuk menelusuri, Enter untuk memilih, Escape untuk menutup daftar${tab ? ', Tab untuk memilih lalu menutup daftar' : ''}.`,
  ],
  [
    /^Use left and right to toggle between focused values, press Backspace to remove the currently focused value$/,
    () => 'Panah kiri dan kanan untuk berpindah antar pilihan, Backspace untuk menghapus pilihan yang disorot.',
  ],
  [/^option (.*), deselected\.$/, (label) => `${label} tidak dipilih lagi.`],
  [/^All selected options have been cleared\.$/, () => 'Semua pilihan dikosongkan.'],
  [/^option (.*) is disabled\. Select another option\.$/, (label) => `${label} tidak dapat dipilih. Pilih yang lain.`],
  [/^options? (.*), selected\.$/, (labels) => (labels.trim() ? `Dipilih: ${labels}.` : 'Belum ada yang dipilih.')],
  [/^value (.*) focused, (\d+) of (\d+)\.$/, (label, n, of) => `${label} disorot, ${n} dari ${of}.`],
  [/^(\d+) results? available for search term (.*)\.$/, (count, term) => `${count} pilihan cocok dengan "${term}".`],
  [/^(\d+) results? available\.$/, (count) => `${count} pilihan tersedia.`],
  // Only on Apple devices: the option under the cursor.
  [
    /^(.*?)( selected)?( disabled)?, (\d+) of (\d+)\.$/,
    (label, selected, disabled, n, of) => `${label}${selected ? ', sudah dipilih' : ''}${disabled ? ', tidak dapat dipilih' : ''}, ${n} dari ${of}.`,
  ],
];

/** The Indonesian for one of those library phrases, or null for any other text (Indonesian included). */
export function libraryPhraseInIndonesian(text: string): string | null {
  const phrase = text.replace(/\s+/g, ' ').trim();
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(phrase);
    if (m) return say(...m.slice(1).map((g) => g ?? ''));
  }
  return null;
}

/**
 * Where those phrases are shown: react-select's live region and the notices of its menus (the
 * element emotion labels "menu"; the relation field's menu has no listbox), dnd-kit's hidden
 * description and live region (texts); react-select's remove buttons and dnd-kit's items (attributes).
 */
export const LIBRARY_TEXTS =
  '#aria-selection, #aria-focused, #aria-results, #aria-guidance, [id^="DndDescribedBy-"], [id^="DndLiveRegion-"], ' +
  '[class*="-menu"] div:not(:has(*)):not([role="option"])';
export const LIBRARY_LABELS =
  '[role="button"][aria-label^="Remove "], .Toastify__close-button[aria-label="close"], [role="progressbar"][aria-label="notification timer"], ' +
  'a[aria-label="Open link in a new tab"]';
export const LIBRARY_ROLES = '[aria-roledescription="sortable"]';
