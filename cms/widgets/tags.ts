/**
 * Tags typed as people type them: "pelatihan, sablon, umkm". Decap's own list widget (a list
 * without `fields`) rewrites the text while it is typed and swallows the space after a comma, so
 * "pelatihan, sablon" became the one tag "pelatihansablon" (docs/TEAM-NOTES.md, "Decap quirks").
 * This widget keeps the text as typed and stores the list it means.
 */
import type { ControlProps, CreateClass, H } from './types';

/** The tags a typed text means: split at commas (or new lines), trimmed, blanks and repeats dropped. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,\n;]/)) {
    const tag = part.replace(/\s+/g, ' ').trim();
    if (tag === '' || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** A stored list as the text the editor sees ("a, b, c"). */
export function joinTags(value: unknown): string {
  return listOf(value).join(', ');
}

/** The stored value (an immutable List, an array, a string or nothing) as plain strings. */
export function listOf(value: unknown): string[] {
  const v = value as { toJS?: () => unknown } | null | undefined;
  const plain = v && typeof v === 'object' && typeof v.toJS === 'function' ? v.toJS() : value;
  if (Array.isArray(plain)) return plain.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  if (typeof plain === 'string') return splitTags(plain);
  return [];
}

/** The line under the input that shows how the text was understood. */
export function tagsSummary(tags: readonly string[]): string {
  return tags.length === 0 ? 'Belum ada tag.' : `${tags.length} tag: ${tags.join(' · ')}`;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The control: one text input, the list it means shown under it. */
export function tagsControl(h: H, createClass: CreateClass) {
  return createClass({
    getInitialState(this: { props: ControlProps }) {
      return { text: joinTags(this.props.value) };
    },
    handleChange(this: { props: ControlProps; setState(s: object): void }, e: { target: { value: string } }) {
      const text = e.target.value;
      this.setState({ text });
      this.props.onChange(splitTags(text));
    },
    render(this: { props: ControlProps; state: { text: string }; handleChange(e: unknown): void }) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, value } = this.props;
      const stored = listOf(value);
      // Keep the text as typed while it means the stored list; show the stored list otherwise.
      const text = same(splitTags(this.state.text), stored) ? this.state.text : joinTags(stored);
      return h(
        'div',
        null,
        h('input', {
          id: forID,
          type: 'text',
          className: classNameWrapper,
          value: text,
          onChange: this.handleChange,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          'aria-describedby': `${forID}-tags`,
        }),
        h('p', { id: `${forID}-tags`, className: 'lapas-widget-note', 'data-tags-summary': '' }, tagsSummary(stored)),
      );
    },
  });
}

/** The preview: the tags joined by commas. */
export function tagsPreview(h: H) {
  return ({ value }: { value: unknown }) => h('p', null, joinTags(value));
}
