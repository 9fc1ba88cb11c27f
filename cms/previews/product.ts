/**
 * Preview of a work of warga binaan (/karya/<slug>/) in the site's style: kind, category, price
 * as the site writes it (Intl, src/lib/price.ts), availability, photos and the notes an editor
 * needs before saving (the no-face confirmation, a price that does not add up, a draft).
 */
import { labelOf, priceBases, productAvailabilities, productCategories, productKinds, type PriceBasis } from '../../src/schemas/enums';
import { priceLine, priceProblems } from '../../src/lib/price';
import { t } from '../../src/i18n/t';
import { assetUrl, entryData, text, type H, type PreviewTemplate } from './h';
import { notesBox } from './news';

type Value<T extends readonly { value: string }[]> = T[number]['value'];

/** What the product preview shows (pure, tested). */
export interface ProductView {
  name: string;
  kind: string;
  category: string;
  summary: string;
  price: string;
  availability: string;
  /** The stored availability, which names the badge's colour class. */
  availabilityValue: string;
  minOrder: string;
  leadTime: string;
  photos: { src: string; alt: string }[];
  soldOut: boolean;
  sample: boolean;
  notes: string[];
}

/** A whole number from what the CMS holds (a number, or text typed in a number field), or undefined. */
function whole(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Computes the product preview from the CMS data. */
export function productView(data: Record<string, unknown>): ProductView {
  const kind = text(data.kind);
  const category = text(data.category);
  const availability = text(data.availability);
  const raw = (data.price ?? {}) as Record<string, unknown>;
  const basis = (priceBases.some((b) => b.value === raw.basis) ? raw.basis : 'sesuai-pesanan') as PriceBasis;
  const price = { basis, amount: whole(raw.amount), upTo: whole(raw.upTo) };
  const unit = text(data.unit);
  const minOrder = whole(data.minOrder);
  const photos = (Array.isArray(data.photos) ? data.photos : [])
    .map((p) => (p && typeof p === 'object' ? { src: text((p as { src?: unknown }).src), alt: text((p as { alt?: unknown }).alt) } : { src: '', alt: '' }))
    .filter((p) => p.src);
  const notes: string[] = [];
  if (data.photosChecked !== true) notes.push(t('preview.productPhotosUnchecked'));
  notes.push(...priceProblems(price).map((p) => p.message));
  if (data.draft === true) notes.push(t('preview.draftProduct'));
  return {
    name: text(data.name) || t('preview.noProductName'),
    kind: kind ? labelOf(productKinds, kind as Value<typeof productKinds>) : t('preview.noKind'),
    category: category ? labelOf(productCategories, category as Value<typeof productCategories>) : t('preview.noCategory'),
    summary: text(data.summary),
    price: priceLine(price, unit || undefined, { byOrder: t('products.byOrder'), perUnit: (u) => t('products.perUnit', { unit: u }) }),
    availability: availability ? labelOf(productAvailabilities, availability as Value<typeof productAvailabilities>) : t('preview.noAvailability'),
    availabilityValue: availability,
    minOrder: minOrder !== undefined ? (unit ? `${minOrder} ${unit}` : String(minOrder)) : '',
    leadTime: text(data.leadTime),
    photos,
    soldOut: availability === 'habis',
    sample: data.sample === true,
    notes,
  };
}

/** The product preview template: the markup and classes of /karya/<slug>/ (src/pages/karya/[slug].astro). */
export function productPreview(h: H): PreviewTemplate {
  return (props) => {
    const v = productView(entryData(props.entry));
    const fact = (label: string, value: unknown) => [h('dt', { key: `${label}-t` }, label), h('dd', { key: `${label}-d` }, value)];
    const [first, ...more] = v.photos;
    return h(
      'main',
      { id: 'main' },
      notesBox(h, v.notes),
      h(
        'article',
        { className: 'wrap article product' },
        h(
          'header',
          { className: 'article-header prose' },
          h('p', { className: 'card-kicker' }, h('span', { className: 'kind' }, v.kind), ' ', h('span', { className: 'badge' }, v.category)),
          h('h1', null, v.name),
          v.summary ? h('p', { className: 'lead' }, v.summary) : null,
          h(
            'dl',
            { className: 'facts' },
            ...fact(t('products.price'), h('strong', null, v.price)),
            ...fact(t('products.availability'), h('span', { className: `availability availability-${v.availabilityValue}` }, v.availability)),
            ...(v.minOrder ? fact(t('products.minOrder'), v.minOrder) : []),
            ...(v.leadTime ? fact(t('products.leadTime'), v.leadTime) : []),
          ),
          v.soldOut ? h('p', { className: 'consent-note' }, t('products.soldOutNote')) : null,
          v.sample ? h('p', { className: 'sample-notice', role: 'note' }, t('sample.notice', { kind: t('sample.kindProduct') })) : null,
        ),
        first ? h('div', { className: 'cover' }, h('img', { src: assetUrl(props, first.src), alt: first.alt })) : null,
        more.length > 0
          ? h(
              'ul',
              { className: 'product-photos', 'aria-label': t('products.photos') },
              ...more.map((p, i) => h('li', { key: i }, h('img', { src: assetUrl(props, p.src), alt: p.alt }))),
            )
          : null,
        h('div', { className: 'article-body prose' }, props.widgetFor('body'), h('p', { className: 'meta' }, t('products.privacyNote'))),
      ),
    );
  };
}
