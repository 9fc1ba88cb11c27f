/**
 * The rich text editor's "insert a photo" component in Indonesian. Decap's built-in one is labelled
 * "Image" and asks for "Image", "Alt Text" and "Title" in English whatever the locale; registering
 * a component with the same id replaces it. It reads and writes Markdown exactly as Decap's does
 * (`![alt](src "title")`), so bodies written before stay as they are.
 */
import type { H } from './types';
import { PICTURE_PART_LABELS } from '../../src/schemas/shared-fields';
import { ALT_HINT } from '../fields';

/** The values of the component's fields. */
interface BodyImage {
  image?: string;
  alt?: string;
  title?: string;
}

/** The part of window.CMS that registering an editor component needs. */
export interface EditorComponentRegistry {
  registerEditorComponent(component: Record<string, unknown>): void;
}

/** Decap's own pattern of a Markdown image, with its groups: alt, src, title. */
export const BODY_IMAGE_PATTERN = /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/;

/** The Markdown of a body image, as Decap's component writes it. */
export function bodyImageMarkdown({ alt, image, title }: BodyImage): string {
  return `![${alt || ''}](${image || ''}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
}

/** The component's values read back from a Markdown match of BODY_IMAGE_PATTERN. */
export function bodyImageFrom(match: RegExpMatchArray | null): BodyImage | undefined {
  return match ? { image: match[2], alt: match[1], title: match[4] } : undefined;
}

/** The component, labelled in Indonesian. */
export function bodyImageComponent(h: H): Record<string, unknown> {
  return {
    id: 'image',
    label: 'Foto',
    pattern: BODY_IMAGE_PATTERN,
    fromBlock: bodyImageFrom,
    toBlock: bodyImageMarkdown,
    toPreview: (
      data: BodyImage,
      getAsset: (src: string, field: unknown) => unknown,
      fields?: { find(f: (x: { get(k: string): unknown }) => boolean): unknown },
    ) => {
      const field = fields?.find((f) => f.get('widget') === 'image');
      return h('img', { src: String(getAsset(data.image ?? '', field) ?? ''), alt: data.alt ?? '', title: data.title ?? '' });
    },
    fields: [
      { label: PICTURE_PART_LABELS.src, name: 'image', widget: 'image', media_library: { allow_multiple: false } },
      { label: PICTURE_PART_LABELS.alt, name: 'alt', hint: ALT_HINT },
      { label: 'Keterangan saat kursor di atas foto', name: 'title', required: false },
    ],
  };
}
