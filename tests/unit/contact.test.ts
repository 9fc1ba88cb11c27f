import { describe, expect, test } from 'vitest';
import { telHref, toInternationalDigits, waHref } from '../../src/lib/contact';

describe('toInternationalDigits', () => {
  test.each([
    ['0812-3456-7890', '6281234567890'],
    ['0812 3456 7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['+62 (0) 812 3456 7890', '6281234567890'],
    ['62812 3456 7890', '6281234567890'],
    ['0062 812 3456 7890', '6281234567890'],
    ['0292 421234', '62292421234'],
    ['(0292) 421-234', '62292421234'],
  ])('%s → %s', (phone, digits) => {
    expect(toInternationalDigits(phone)).toBe(digits);
  });
});

describe('links', () => {
  test('tel: link carries the international number', () => {
    expect(telHref('0292 421234')).toBe('tel:+62292421234');
  });
  test.each([
    ['0812-3456-7890', undefined, 'https://wa.me/6281234567890'],
    ['0812-3456-7890', 'Halo & salam #1', 'https://wa.me/6281234567890?text=Halo%20%26%20salam%20%231'],
  ])('wa.me link for %s', (phone, text, href) => {
    expect(waHref(phone, text)).toBe(href);
  });
});
