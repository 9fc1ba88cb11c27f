/**
 * Web addresses editors enter (partner website, social links, map link): one fact, read by the
 * schema rule (fields.ts), its message (messages.ts) and the CMS pattern (cms/collections/).
 * No imports: the CMS bundle for the browser reads this file too.
 */

/** The only scheme accepted: links open over a secure connection, never plain http. */
export const URL_SCHEME = 'https';

/** What an editor types first: "https://". */
export const URL_PREFIX = `${URL_SCHEME}://`;

/** The schema's message for a web address that is not one (or not https). */
export const urlMessage = (label: string) =>
  `"${label}" harus alamat web lengkap yang diawali ${URL_PREFIX}, misalnya ${URL_PREFIX}dinsos.grobogan.go.id (bukan http://).`;

/** The same rule as a Decap `pattern`: starts with https://, no spaces. */
export const urlPattern: [string, string] = [
  `^${URL_SCHEME}://[^\\s/?#]+\\S*$`,
  `tulis alamat lengkap yang diawali ${URL_PREFIX} tanpa spasi (bukan http://).`,
];
