import { describe, expect, test } from 'vitest';
import {
  MAX_URL_LENGTH,
  cleanLine,
  cleanText,
  composeEmail,
  composeSubject,
  composeText,
  composeWhatsApp,
  composerStrings,
  graphemes,
  mailtoUrl,
  whatsappDigits,
  whatsappShareUrl,
  whatsappUrl,
  type ComposerInput,
} from '../../src/lib/composer';
import { t } from '../../src/i18n/t';

const strings = composerStrings(t, 'Lapas Purwodadi');
const empty: ComposerInput = { name: '', organisation: '', way: '', message: '' };
const HEAD = 'Halo Humas Lapas Purwodadi,\nsaya ingin menjajaki kerja sama dengan Lapas.';
const FOOT = '(Disusun lewat halaman Bermitra situs Lapas Purwodadi.)';
const DIGITS = '6281200000000';

/** The text a wa.me link carries, decoded as WhatsApp decodes it. */
const waText = (url: string) => decodeURIComponent(url.split('?text=')[1] ?? '');

describe('composeText', () => {
  test.each<[string, Partial<ComposerInput>, string]>([
    [
      'every field, Indonesian text',
      { name: 'Budi Santoso', organisation: 'CV Maju Jaya', way: 'Menerima peserta magang', message: 'Kami butuh dua tukang las di Godong.' },
      `${HEAD}\n\nNama: Budi Santoso\nOrganisasi: CV Maju Jaya\nBentuk kerja sama: Menerima peserta magang\n\nPesan:\nKami butuh dua tukang las di Godong.\n\n${FOOT}`,
    ],
    ['only a name: no empty lines for the rest', { name: 'Sari' }, `${HEAD}\n\nNama: Sari\n\n${FOOT}`],
    [
      'line breaks kept, CRLF unified, runs of blank lines shortened, trailing spaces cut',
      { name: 'Sari', message: 'Baris satu   \r\nBaris dua\r\n\r\n\r\n\r\nBaris tiga\n' },
      `${HEAD}\n\nNama: Sari\n\nPesan:\nBaris satu\nBaris dua\n\nBaris tiga\n\n${FOOT}`,
    ],
    [
      'name and organisation on one line, spaces collapsed',
      { name: '  Budi\n  Santoso ', organisation: 'PT\tSejahtera   Abadi' },
      `${HEAD}\n\nNama: Budi Santoso\nOrganisasi: PT Sejahtera Abadi\n\n${FOOT}`,
    ],
    ['nothing typed: greeting and footer only', {}, `${HEAD}\n\n${FOOT}`],
  ])('%s', (_name, input, expected) => {
    expect(composeText({ ...empty, ...input }, strings)).toBe(expected);
  });
});

describe('whatsappDigits', () => {
  test.each<[string, string | null]>([
    ['0812-3456-7890', '6281234567890'],
    ['0812 3456 7890', '6281234567890'],
    ['081234567890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['+62-812-3456-7890', '6281234567890'],
    ['62812 3456 7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['+62 (0) 812-3456-7890', '6281234567890'],
    ['0062 812 3456 7890', '6281234567890'],
    ['812 3456 7890', '6281234567890'],
    ['(0292) 421234', '62292421234'],
    ['0812 0000 0000', DIGITS],
    ['12345', null],
    ['+1 202 555 0100', null],
    ['nomor belum ada', null],
  ])('%s → %s', (phone, expected) => {
    expect(whatsappDigits(phone)).toBe(expected);
  });
});

describe('whatsappUrl and mailtoUrl escape every character that means something in a URL', () => {
  test.each<[string, string, string, string]>([
    ['ampersand', 'Budi & Sari', `https://wa.me/${DIGITS}?text=Budi%20%26%20Sari`, 'mailto:humas@contoh.go.id?subject=S&body=Budi%20%26%20Sari'],
    ['hash', 'Lowongan #1', `https://wa.me/${DIGITS}?text=Lowongan%20%231`, 'mailto:humas@contoh.go.id?subject=S&body=Lowongan%20%231'],
    ['plus', '2 + 3 orang', `https://wa.me/${DIGITS}?text=2%20%2B%203%20orang`, 'mailto:humas@contoh.go.id?subject=S&body=2%20%2B%203%20orang'],
    ['line break (CRLF in e-mail, RFC 6068)', 'satu\ndua', `https://wa.me/${DIGITS}?text=satu%0Adua`, 'mailto:humas@contoh.go.id?subject=S&body=satu%0D%0Adua'],
    [
      'emoji',
      'Terima kasih 🙏',
      `https://wa.me/${DIGITS}?text=Terima%20kasih%20%F0%9F%99%8F`,
      'mailto:humas@contoh.go.id?subject=S&body=Terima%20kasih%20%F0%9F%99%8F',
    ],
    ['question mark and equals', 'a=b? c', `https://wa.me/${DIGITS}?text=a%3Db%3F%20c`, 'mailto:humas@contoh.go.id?subject=S&body=a%3Db%3F%20c'],
    [
      'half an emoji (lone surrogate) becomes U+FFFD instead of throwing',
      'x\uD83D',
      `https://wa.me/${DIGITS}?text=x%EF%BF%BD`,
      'mailto:humas@contoh.go.id?subject=S&body=x%EF%BF%BD',
    ],
  ])('%s', (_name, text, wa, mail) => {
    expect(whatsappUrl(DIGITS, text)).toBe(wa);
    expect(mailtoUrl('humas@contoh.go.id', 'S', text)).toBe(mail);
  });
});

describe('composeWhatsApp and composeEmail', () => {
  const input: ComposerInput = {
    name: 'Budi & Sari',
    organisation: 'UD Tani #2',
    way: 'Menerima peserta magang',
    message: 'Butuh 2 + 1 orang 😊\nTerima kasih',
  };
  test('the exact WhatsApp link, read back to the same text', () => {
    const link = composeWhatsApp(DIGITS, input, strings);
    expect(link.truncated).toBe(false);
    expect(link.url).toBe(
      `https://wa.me/${DIGITS}?text=Halo%20Humas%20Lapas%20Purwodadi%2C%0Asaya%20ingin%20menjajaki%20kerja%20sama%20dengan%20Lapas.%0A%0A` +
        'Nama%3A%20Budi%20%26%20Sari%0AOrganisasi%3A%20UD%20Tani%20%232%0ABentuk%20kerja%20sama%3A%20Menerima%20peserta%20magang%0A%0A' +
        'Pesan%3A%0AButuh%202%20%2B%201%20orang%20%F0%9F%98%8A%0ATerima%20kasih%0A%0A' +
        '(Disusun%20lewat%20halaman%20Bermitra%20situs%20Lapas%20Purwodadi.)',
    );
    expect(waText(link.url)).toBe(link.text);
    expect(link.text).toContain('Nama: Budi & Sari\nOrganisasi: UD Tani #2');
  });
  test('the exact e-mail link: subject with the organisation, CRLF line breaks', () => {
    const link = composeEmail('humas@contoh.go.id', input, strings);
    expect(
      link.url.startsWith(
        'mailto:humas@contoh.go.id?subject=Kerja%20sama%20dengan%20Lapas%20Purwodadi%20-%20UD%20Tani%20%232&body=Halo%20Humas%20Lapas%20Purwodadi%2C%0D%0Asaya',
      ),
    ).toBe(true);
    const body = new URL(link.url).searchParams.get('body');
    expect(body).toBe(link.text.replace(/\n/g, '\r\n'));
  });
  test.each<[string, string, string]>([
    ['with organisation', 'CV Maju', 'Kerja sama dengan Lapas Purwodadi - CV Maju'],
    ['without organisation the dash goes too', '', 'Kerja sama dengan Lapas Purwodadi'],
    ['organisation with spaces only', '   ', 'Kerja sama dengan Lapas Purwodadi'],
  ])('subject %s', (_name, organisation, expected) => {
    expect(composeSubject({ ...empty, organisation }, strings)).toBe(expected);
  });
});

describe('very long input is cut to fit a link, with a note', () => {
  const words = Array.from({ length: 900 }, (_, i) => `kata${i}`).join(' ');
  test.each<[string, string]>([
    ['plain words', words],
    ['emoji with skin tone (one grapheme, several code points)', '👍🏽'.repeat(1500)],
    ['Indonesian text with line breaks', 'Kami pengusaha mebel di Purwodadi.\n'.repeat(200)],
  ])('%s', (_name, message) => {
    for (const link of [
      composeWhatsApp(DIGITS, { ...empty, name: 'Budi', message }, strings),
      composeEmail('humas@contoh.go.id', { ...empty, name: 'Budi', message }, strings),
    ]) {
      expect(link.truncated).toBe(true);
      expect(link.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
      // Close to the limit: the cut keeps as much as fits, not a fraction of it.
      expect(link.url.length).toBeGreaterThan(MAX_URL_LENGTH - 200);
      expect(link.text).toContain(`…\n\n${strings.truncated}\n\n${FOOT}`);
      expect(link.text).not.toContain('\uFFFD');
      const body = link.text.split('Pesan:\n')[1]!.split('…')[0]!;
      expect(message.startsWith(body)).toBe(true);
    }
  });
  test('a cut never splits an emoji', () => {
    const link = composeWhatsApp(DIGITS, { ...empty, message: '👍🏽'.repeat(1500) }, strings);
    const body = link.text.split('Pesan:\n')[1]!.split('…')[0]!;
    expect(graphemes(body).every((g) => g === '👍🏽')).toBe(true);
  });
  test('a cut ends at a word boundary when one is near', () => {
    const link = composeWhatsApp(DIGITS, { ...empty, message: words }, strings);
    const body = link.text.split('Pesan:\n')[1]!.split('…')[0]!;
    expect(body).toMatch(/kata\d+$/);
    expect(words.startsWith(`${body} `)).toBe(true);
  });
  test('a message exactly at the limit is not cut; one character more is', () => {
    const base = composeWhatsApp(DIGITS, { ...empty, message: 'a' }, strings).url.length;
    const fits = 'a'.repeat(MAX_URL_LENGTH - base + 1);
    expect(composeWhatsApp(DIGITS, { ...empty, message: fits }, strings)).toMatchObject({ truncated: false });
    expect(composeWhatsApp(DIGITS, { ...empty, message: fits }, strings).url.length).toBe(MAX_URL_LENGTH);
    expect(composeWhatsApp(DIGITS, { ...empty, message: `${fits}a` }, strings)).toMatchObject({ truncated: true });
  });
});

describe('cleanLine and cleanText', () => {
  test.each<[string, number, string]>([
    ['  Budi  ', 80, 'Budi'],
    ['a'.repeat(100), 80, 'a'.repeat(80)],
    ['🇮🇩'.repeat(10), 3, '🇮🇩🇮🇩🇮🇩'],
    ['Siti\r\nAminah', 80, 'Siti Aminah'],
  ])('cleanLine(%j, %i)', (input, max, expected) => {
    expect(cleanLine(input, max)).toBe(expected);
  });
  test.each<[string, string]>([
    ['\n\n  halo  \n\n', 'halo'],
    ['a\r\rb', 'a\n\nb'],
    ['a\u00A0\u00A0\nb', 'a\nb'],
  ])('cleanText(%j)', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

test('whatsappShareUrl lets the visitor choose the chat', () => {
  expect(whatsappShareUrl('Baca: https://contoh.id/kisah/?a=1&b=2')).toBe('https://wa.me/?text=Baca%3A%20https%3A%2F%2Fcontoh.id%2Fkisah%2F%3Fa%3D1%26b%3D2');
});
