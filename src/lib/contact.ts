/** Contact links built from the numbers humas writes in site data. */

/**
 * Normalises an Indonesian phone number to international digits without "+":
 * "0812-3456-7890", "+62 812 3456 7890", "+62 (0) 812…", "0062 812…" and "62812…" all give
 * "6281234567890"; a Purwodadi landline "0292 421234" gives "62292421234".
 */
export function toInternationalDigits(phone: string): string {
  let digits = phone
    .trim()
    .replace(/[^0-9+]/g, '')
    .replace(/(?!^)\+/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  // "+62 (0) 812…": the trunk 0 is dropped after the country code.
  if (digits.startsWith('620')) digits = `62${digits.slice(3)}`;
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
