/**
 * The English of Decap's libraries (react-select in select and relation fields, dnd-kit in sortable
 * lists) said in Indonesian (cms/library-phrases.ts): each phrase as the libraries compose it, and
 * the literal parts of those phrases are still what the shipped Decap bundle contains.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { libraryPhraseInIndonesian } from '../../cms/library-phrases';

describe('libraryPhraseInIndonesian', () => {
  test.each([
    [
      '\n    To pick up a draggable item, press the space bar.\n    While dragging, use the arrow keys to move the item.\n    Press space again to drop the item in its new position, or press escape to cancel.\n  ',
      'Untuk memindahkan butir ini, tekan spasi, geser dengan tombol panah, lalu tekan spasi lagi untuk meletakkannya, atau Escape untuk membatalkan.',
    ],
    ['Picked up draggable item 3f9a.', 'Butir diangkat. Geser dengan tombol panah.'],
    ['Draggable item 3f9a was moved over droppable area 7c1d.', 'Butir bergeser.'],
    ['Draggable item 3f9a is no longer over a droppable area.', 'Butir berada di luar daftar.'],
    ['Draggable item 3f9a was dropped over droppable area 7c1d', 'Butir diletakkan di tempat barunya.'],
    ['Draggable item 3f9a was dropped.', 'Butir diletakkan.'],
    ['Dragging was cancelled. Draggable item 3f9a was dropped.', 'Pemindahan dibatalkan, butir kembali ke tempatnya.'],
    ['sortable', 'butir yang dapat dipindah'],
    ['No options', 'Tidak ada pilihan yang cocok'],
    ['Loading...', 'Memuat…'],
    ['Loading options…', 'Memuat pilihan…'],
    ['Remove Bengkel Las Sinar Karya', 'Hapus Bengkel Las Sinar Karya'],
    ['Remove option', 'Hapus pilihan'],
    ['close', 'Tutup pemberitahuan'],
    ['notification timer', 'Sisa waktu pemberitahuan'],
    ['Open link in a new tab', 'Buka tautan di tab baru'],
    ['Select is focused ,type to refine list, press Down to open the menu, ', 'Kolom pilihan, ketik untuk menyaring, tekan panah bawah untuk membuka daftar.'],
    [
      'Select is focused ,type to refine list, press Down to open the menu,  press left to focus selected values',
      'Kolom pilihan, ketik untuk menyaring, tekan panah bawah untuk membuka daftar, panah kiri untuk ke pilihan yang sudah dipilih.',
    ],
    [
      'Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.',
      'Panah atas dan bawah untuk menelusuri, Enter untuk memilih, Escape untuk menutup daftar, Tab untuk memilih lalu menutup daftar.',
    ],
    [
      'Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu.',
      'Panah atas dan bawah untuk menelusuri, Enter untuk memilih, Escape untuk menutup daftar.',
    ],
    [
      'Use left and right to toggle between focused values, press Backspace to remove the currently focused value',
      'Panah kiri dan kanan untuk berpindah antar pilihan, Backspace untuk menghapus pilihan yang disorot.',
    ],
    ['option Kegiatan, selected.', 'Dipilih: Kegiatan.'],
    ['options Pelatihan Kerja,Penyaluran Kerja, selected.', 'Dipilih: Pelatihan Kerja,Penyaluran Kerja.'],
    ['option , selected.', 'Belum ada yang dipilih.'],
    ['option Kegiatan, deselected.', 'Kegiatan tidak dipilih lagi.'],
    ['All selected options have been cleared.', 'Semua pilihan dikosongkan.'],
    ['option Kegiatan is disabled. Select another option.', 'Kegiatan tidak dapat dipilih. Pilih yang lain.'],
    ['value Pelatihan Kerja focused, 1 of 2.', 'Pelatihan Kerja disorot, 1 dari 2.'],
    ['5 results available.', '5 pilihan tersedia.'],
    ['1 result available for search term bengkel.', '1 pilihan cocok dengan "bengkel".'],
    ['Kegiatan selected, 2 of 5.', 'Kegiatan, sudah dipilih, 2 dari 5.'],
  ])('%j', (english, indonesian) => {
    expect(libraryPhraseInIndonesian(english)).toBe(indonesian);
    // Said once: the Indonesian is never taken for English again (the editor help's observer settles).
    expect(libraryPhraseInIndonesian(indonesian)).toBeNull();
  });

  test.each(['Pelatihan Kerja', 'Kegiatan', 'Bengkel Las Sinar Karya', 'Belum ada tag.', ''])('%j is not a library phrase', (text) => {
    expect(libraryPhraseInIndonesian(text)).toBeNull();
  });
});

describe('the phrases are those of the Decap bundle the admin loads', () => {
  const bundle = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist/decap-cms.js'), 'utf8');
  test.each([
    'To pick up a draggable item, press the space bar.',
    '"Picked up draggable item "',
    '" was moved over droppable area "',
    '" is no longer over a droppable area."',
    '" was dropped over droppable area "',
    '"Dragging was cancelled. Draggable item "',
    'roleDescription:"sortable"',
    '"No options"',
    'ariaLabel:r="close"',
    '"aria-label":"notification timer"',
    '"aria-label":"Open link in a new tab"',
    '"Loading..."',
    'loadingMessage:()=>"Loading options…"',
    '"aria-label":"Remove ".concat(',
    '" is focused ").concat(t?",type to refine list":"",", press Down to open the menu, ").concat(n?" press left to focus selected values":"")',
    '"Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu".concat(r?", press Tab to select the option and exit the menu":"",".")',
    '"Use left and right to toggle between focused values, press Backspace to remove the currently focused value"',
    '"option ".concat(r,", deselected.")',
    '"All selected options have been cleared."',
    '"option".concat(i.length>1?"s":""," ").concat(i.join(","),", selected.")',
    '" is disabled. Select another option.":", selected."',
    '"value ".concat(o," focused, ")',
    '," of ")',
    '" result").concat(1!==t?"s":""," available")',
    '" for search term "',
  ])('%s', (literal) => {
    expect(bundle).toContain(literal);
  });
});
