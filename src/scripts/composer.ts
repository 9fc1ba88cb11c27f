/**
 * The script of the message composers (the contact form of /bermitra/, the order form of each
 * work on /karya/): shows the form (hidden without JavaScript, where the plain contact links do
 * the job) and keeps its WhatsApp and e-mail links in step with what the visitor types. Nothing is
 * sent anywhere by this script: the links open the visitor's own apps.
 */
import { composeEmail, composeWhatsApp, wayFromParam, type ComposerInput, type ComposerStrings } from '../lib/composer';

/** What the page passes in `data-config`. */
export interface ComposerConfig {
  digits: string;
  email: string;
  strings: ComposerStrings;
  truncatedNotice: string;
  nameError: string;
}

/** What a kind of form reads from its fields: the message input and the texts to compose it with. */
export interface ComposerReading {
  input: ComposerInput;
  strings: ComposerStrings;
}

/** How one kind of form is read and checked (beyond the name every message needs). */
export interface ComposerForm<C extends ComposerConfig = ComposerConfig> {
  read(form: HTMLFormElement, config: C): ComposerReading;
  /** One more field checked before sending: the field, where its error is said, and the error ('' when it is right). */
  problem?(form: HTMLFormElement, config: C): { field: HTMLElement; error: HTMLElement; message: string };
  /** Runs once before the first reading (e.g. a choice preset from the address). */
  setUp?(form: HTMLFormElement, config: C): void;
}

const field = <T extends Element>(form: HTMLFormElement, selector: string) => form.querySelector<T>(selector)!;

/** The contact form of /bermitra/: name, organisation, kind of partnership (preset by ?bentuk=), message. */
export const contactForm: ComposerForm = {
  setUp(form) {
    const way = field<HTMLSelectElement>(form, '[name="way"]');
    const preset = new URLSearchParams(location.search).get('bentuk');
    // "?bentuk=asimilasi" (a route's own link) preselects that route; an unknown value keeps "not sure yet".
    if (preset) way.value = wayFromParam(preset);
  },
  read(form, config) {
    return {
      input: {
        name: field<HTMLInputElement>(form, '[name="name"]').value,
        organisation: field<HTMLInputElement>(form, '[name="organisation"]').value,
        way: field<HTMLSelectElement>(form, '[name="way"]').selectedOptions[0]?.textContent ?? '',
        message: field<HTMLTextAreaElement>(form, '[name="message"]').value,
      },
      strings: config.strings,
    };
  },
};

/** Marks a field wrong (or right again) and says why next to it. */
function mark(field: HTMLElement, error: HTMLElement, message: string): void {
  error.textContent = message;
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

/** Wires one composer form of the given kind (the contact form unless another is named). */
export function enhanceComposer<C extends ComposerConfig>(form: HTMLFormElement, kind: ComposerForm<C> = contactForm as unknown as ComposerForm<C>): void {
  const config = JSON.parse(form.dataset.config ?? '{}') as C;
  const name = field<HTMLInputElement>(form, '[name="name"]');
  const preview = field<HTMLElement>(form, '[data-composer-preview]');
  const status = field<HTMLElement>(form, '[data-composer-status]');
  const nameError = field<HTMLElement>(form, '[data-composer-error]');
  const whatsapp = field<HTMLAnchorElement>(form, '[data-composer-link="whatsapp"]');
  const email = field<HTMLAnchorElement>(form, '[data-composer-link="email"]');
  kind.setUp?.(form, config);

  const update = () => {
    const { input, strings } = kind.read(form, config);
    const wa = composeWhatsApp(config.digits, input, strings);
    const mail = composeEmail(config.email, input, strings);
    whatsapp.href = wa.url;
    email.href = mail.url;
    preview.textContent = wa.text;
    const notice = wa.truncated || mail.truncated ? config.truncatedNotice : '';
    if (status.textContent !== notice) status.textContent = notice;
  };

  /** A message needs a name (and what the kind of form asks); says so next to the field instead of opening the chat. */
  const valid = () => {
    const named = name.value.trim() !== '';
    mark(name, nameError, named ? '' : config.nameError);
    const other = named ? kind.problem?.(form, config) : undefined;
    if (other) mark(other.field, other.error, other.message);
    if (!named) name.focus();
    else if (other?.message) other.field.focus();
    return named && !other?.message;
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (valid()) whatsapp.click();
  });
  for (const link of [whatsapp, email]) {
    link.addEventListener('click', (event) => {
      update();
      if (!valid()) event.preventDefault();
    });
  }
  update();
  form.hidden = false;
}
