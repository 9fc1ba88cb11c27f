/** Share links as plain URLs: no third-party script, nothing loads until the reader taps. */

import { whatsappLink } from './contact';

/** A network a reader can share a page to. */
export type ShareNetwork = 'whatsapp' | 'facebook' | 'x' | 'telegram';

/** One share link: the network, its visible name and the URL that opens its share screen. */
export interface ShareLink {
  network: ShareNetwork;
  label: string;
  href: string;
}

/**
 * Share links for a page, in the order Indonesian readers use them most (WhatsApp first).
 * `url` must be absolute; `title` becomes the prefilled text where the network takes one.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { network: 'whatsapp', label: 'WhatsApp', href: whatsappLink(`${title} ${url}`) },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?text=${text}&url=${u}` },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
  ];
}
