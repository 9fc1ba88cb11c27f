/**
 * The only script of /bermitra/: shows the composer form (hidden without JavaScript, where the
 * plain contact links do the job) and keeps its WhatsApp and e-mail links in step with what the
 * visitor types. Nothing is sent anywhere by this script: the links open the visitor's own apps.
 */
import { composeEmail, composeWhatsApp, wayFromParam, type ComposerStrings } from '../lib/composer';

/** What the page passes in `data-config`. */
interface ComposerConfig {
  digits: string;
  email: string;
  strings: ComposerStrings;
  truncatedNotice: string;
  nameError: string;
}

/** Wires one composer form. */
export function enhanceComposer(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset.config ?? '{}') as ComposerConfig;
  const get = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const name = get<HTMLInputElement>('[name="name"]');
  const organisation = get<HTMLInputElement>('[name="organisation"]');
  const way = get<HTMLSelectElement>('[name="way"]');
  const message = get<HTMLTextAreaElement>('[name="message"]');
  const preview = get<HTMLElement>('[data-composer-preview]');
  const status = get<HTMLElement>('[data-composer-status]');
  const nameError = get<HTMLElement>('[data-composer-error]');
  const whatsapp = get<HTMLAnchorElement>('[data-composer-link="whatsapp"]');
  const email = get<HTMLAnchorElement>('[data-composer-link="email"]');

  // "?bentuk=asimilasi" (a route's own link) preselects that route; an unknown value keeps "not sure yet".
  const preset = new URLSearchParams(location.search).get('bentuk');
  if (preset) way.value = wayFromParam(preset);

  const update = () => {
    const input = {
      name: name.value,
      organisation: organisation.value,
      way: way.selectedOptions[0]?.textContent ?? '',
      message: message.value,
    };
    const wa = composeWhatsApp(config.digits, input, config.strings);
    const mail = composeEmail(config.email, input, config.strings);
    whatsapp.href = wa.url;
    email.href = mail.url;
    preview.textContent = wa.text;
    const notice = wa.truncated || mail.truncated ? config.truncatedNotice : '';
    if (status.textContent !== notice) status.textContent = notice;
  };

  /** A message needs a name; says so next to the field instead of opening an anonymous chat. */
  const valid = () => {
    const ok = name.value.trim() !== '';
    nameError.textContent = ok ? '' : config.nameError;
    if (ok) name.removeAttribute('aria-invalid');
    else {
      name.setAttribute('aria-invalid', 'true');
      name.focus();
    }
    return ok;
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
