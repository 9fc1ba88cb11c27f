import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/t';
import { composeEmail, composeText, composeWhatsApp } from '../../src/lib/composer';
import { neededByText, orderInput, orderTexts, quantityProblem, type OrderFields } from '../../src/lib/order';

const URL_OF = 'https://lapaspurwodadi.example.id/karya/keripik-singkong/';
const texts = orderTexts(t, 'Lapas Purwodadi', 'Keripik Singkong', URL_OF);
const work = { name: 'Keripik Singkong', price: 'Rp15.000 per bungkus', unit: 'bungkus' };
const none: OrderFields = { name: '', organisation: '', quantity: '', neededBy: '', delivery: '', message: '' };

describe('an order message, built by the contact composer', () => {
  test('a person: greeting, the work, its price, quantity with unit, the day in Indonesian, pick-up, the page', () => {
    const input = orderInput(
      { ...none, name: 'Sari', quantity: '20', neededBy: '2026-12-20', delivery: 'Saya ambil sendiri di Lapas', message: 'Untuk arisan.' },
      work,
      texts.labels,
    );
    expect(composeText(input, texts.strings.pribadi)).toBe(
      'Halo Humas Lapas Purwodadi,\nsaya ingin memesan karya warga binaan.\n\n' +
        'Nama: Sari\nKarya: Keripik Singkong\nHarga di situs: Rp15.000 per bungkus\nJumlah: 20 bungkus\nDibutuhkan tanggal: 20 Desember 2026\nPengambilan: Saya ambil sendiri di Lapas\n\n' +
        `Pesan:\nUntuk arisan.\n\n(Disusun lewat halaman ${URL_OF} situs Lapas Purwodadi.)`,
    );
  });

  test('a company: its own greeting (a written quotation) and subject', () => {
    const input = orderInput({ ...none, name: 'Budi', organisation: 'PT Maju' }, work, texts.labels);
    expect(composeText(input, texts.strings.perusahaan)).toMatch(
      /^Halo Humas Lapas Purwodadi,\nkami ingin memesan karya warga binaan atas nama perusahaan atau instansi kami\. Mohon penawaran harga tertulis/,
    );
    const mail = composeEmail('humas@example.go.id', input, texts.strings.perusahaan);
    expect(new URLSearchParams(mail.url.split('?')[1]).get('subject')).toBe('Pesanan perusahaan: Keripik Singkong - PT Maju');
    const personal = composeEmail('humas@example.go.id', { ...input, organisation: '' }, texts.strings.pribadi);
    expect(new URLSearchParams(personal.url.split('?')[1]).get('subject')).toBe('Pesanan Keripik Singkong');
  });

  test('empty fields leave no empty lines; a long order is cut like a contact message', () => {
    expect(composeText(orderInput(none, work, texts.labels), texts.strings.pribadi)).toContain(
      'Karya: Keripik Singkong\nHarga di situs: Rp15.000 per bungkus\n\n(Disusun',
    );
    const long = composeWhatsApp(
      '6281200000000',
      orderInput({ ...none, name: 'Sari', message: 'Pesanan untuk kantor. '.repeat(200) }, work, texts.labels),
      texts.strings.pribadi,
    );
    expect(long.truncated).toBe(true);
    expect(long.url.length).toBeLessThanOrEqual(2000);
  });
});

describe('neededByText', () => {
  test.each<[string, string]>([
    ['2026-12-20', '20 Desember 2026'],
    ['2027-01-01', '1 Januari 2027'],
    ['', ''],
    ['besok pagi', 'besok pagi'],
    ['2026-02-31', '2026-02-31'],
  ])('%j → %j', (value, text) => expect(neededByText(value)).toBe(text));
});

describe('quantityProblem', () => {
  test.each<[string, number | undefined, ReturnType<typeof quantityProblem>]>([
    ['', 10, null],
    ['10', 10, null],
    ['9', 10, 'below-minimum'],
    [' 25 ', 10, null],
    ['0', undefined, null],
    ['sepuluh', undefined, 'not-a-number'],
    ['2,5', 1, 'not-a-number'],
    ['-3', 1, 'not-a-number'],
  ])('%j with minimum %s → %s', (value, min, problem) => expect(quantityProblem(value, min)).toBe(problem));
});
