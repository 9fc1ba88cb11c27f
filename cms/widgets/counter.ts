/**
 * A live character counter ("120/160") under every one-line and multi-line text field that has a
 * length limit. The limit is read from the field's pattern (cms/fields.ts lengthPattern), which
 * the parity test ties to the schema's limit: the number is written once.
 */
import { option, type Component, type ControlProps, type CreateClass, type H } from './types';

/** The maximum length a lengthPattern() allows, or undefined for other patterns. */
export function limitOf(pattern: unknown): number | undefined {
  const source = Array.isArray(pattern) ? pattern[0] : undefined;
  const m = typeof source === 'string' ? /\{1,(\d+)\}\$$/.exec(source) : null;
  return m ? Number(m[1]) : undefined;
}

/** "120/160", or "170/160 · 10 karakter terlalu banyak" over the limit. */
export function counterText(length: number, max: number): string {
  return length > max ? `${length}/${max} · ${length - max} karakter terlalu banyak` : `${length}/${max}`;
}

/** Wraps a built-in control (string, text) so a limited field shows its counter under it. */
export function withCounter(h: H, createClass: CreateClass, Inner: Component) {
  return createClass({
    // Decap asks the control for these through its ref; pass them on to the built-in control.
    isValid(this: { inner?: { isValid?: () => unknown } }) {
      return this.inner?.isValid ? this.inner.isValid() : true;
    },
    focus(this: { inner?: { focus?: (p?: unknown) => void } }, path?: unknown) {
      this.inner?.focus?.(path);
    },
    render(this: { props: ControlProps; inner?: unknown }) {
      const max = limitOf(option(this.props.field, 'pattern'));
      const control = h(Inner as string, { ...this.props, ref: (r: unknown) => (this.inner = r ?? undefined) });
      if (max === undefined) return control;
      const length = typeof this.props.value === 'string' ? this.props.value.length : 0;
      return h(
        'div',
        null,
        control,
        h('p', { className: length > max ? 'lapas-counter lapas-counter-over' : 'lapas-counter', 'data-counter': this.props.forID }, counterText(length, max)),
      );
    },
  });
}
