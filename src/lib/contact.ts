/** Contact links built from the numbers humas writes in site data. */

/**
 * Normalises an Indonesian phone number to international digits without "+":
 * "0812-3456-7890" → "6281234567890", "+62 812 3456 7890" → "6281234567890", "62812…" stays.
 */
export function toInternationalDigits(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}

/** A tel: link ("tel:+62292000000"). */
export function telHref(phone: string): string {
  return `tel:+${toInternationalDigits(phone)}`;
}

/** A WhatsApp link to the number, optionally with a prefilled message. */
export function waHref(phone: string, text?: string): string {
  const base = `https://wa.me/${toInternationalDigits(phone)}`;
  return text ? `${base}?text=${encodeURIComponent(text)}` : base;
}
