/**
 * The order form of a work (/karya/<slug>/): the composer script (src/scripts/composer.ts) with the
 * order's fields, read into the contact composer's message by src/lib/order.ts. Nothing is sent
 * or stored: the links open the visitor's own WhatsApp or e-mail app.
 */
import { enhanceComposer, type ComposerConfig, type ComposerForm } from './composer';
import { orderInput, quantityProblem, type Buyer, type OrderLabels, type OrderedWork } from '../lib/order';
import type { ComposerStrings } from '../lib/composer';

/** What the order page passes in `data-config`, beside the composer's own settings. */
interface OrderConfig extends ComposerConfig {
  buyers: Record<Buyer, ComposerStrings>;
  labels: OrderLabels;
  work: OrderedWork;
  minOrder?: number;
  quantityErrors: { 'not-a-number': string; 'below-minimum': string };
}

const value = (form: HTMLFormElement, name: string) => {
  const element = form.elements.namedItem(name);
  return element && 'value' in element ? String(element.value) : '';
};

/** The label text of the checked radio button of a group ('' when none). */
const checkedLabel = (form: HTMLFormElement, name: string) =>
  form.querySelector<HTMLInputElement>(`[name="${name}"]:checked`)?.closest('label')?.textContent?.trim() ?? '';

const orderForm: ComposerForm<OrderConfig> = {
  read(form, config) {
    const buyer = (value(form, 'buyer') || 'pribadi') as Buyer;
    const fields = {
      name: value(form, 'name'),
      organisation: value(form, 'organisation'),
      quantity: value(form, 'quantity'),
      neededBy: value(form, 'neededBy'),
      delivery: checkedLabel(form, 'delivery'),
      message: value(form, 'message'),
    };
    return { input: orderInput(fields, config.work, config.labels), strings: config.buyers[buyer] ?? config.buyers.pribadi };
  },
  problem(form, config) {
    const problem = quantityProblem(value(form, 'quantity'), config.minOrder);
    return {
      field: form.querySelector<HTMLElement>('[name="quantity"]')!,
      error: form.querySelector<HTMLElement>('[data-order-error="quantity"]')!,
      message: problem ? config.quantityErrors[problem] : '',
    };
  },
};

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-order]')) enhanceComposer(form, orderForm);
