/**
 * A content loader that wraps another (the glob loader) and removes, after validation, the
 * pictures that must not be published (see `withheld.ts`), so Astro never copies them to dist/.
 *
 * Astro caches parsed entries between builds by file content. A decision that depends on the
 * build's time or settings must be made again at every build, so before loading:
 * - `reparse: 'all'` drops every cached entry (stories: few, and consent can expire any day);
 * - `reparse: 'withheld'` drops only the entries whose picture was withheld last time
 *   (news: a scheduled cover comes back once its time has come, without re-reading every article).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { publishOptionsFrom } from './build-env';
import type { PublishOptions } from './publish';
import { withholdReason, withoutWithheldImage, type GuardedCollection, type GuardedData } from './withheld';

const META_KEY = 'withheld-images';

/** Wraps `inner` so withheld pictures of `collection` never enter the build. */
export function guardImages(
  collection: GuardedCollection,
  inner: Loader,
  { reparse, options }: { reparse: 'all' | 'withheld'; options?: () => PublishOptions },
): Loader {
  const opts = options ?? (() => publishOptionsFrom(process.env));
  return {
    ...inner,
    name: `${inner.name}+lapas-guard`,
    load: async (context: LoaderContext) => {
      const now = opts();
      if (reparse === 'all') context.store.clear();
      else for (const id of JSON.parse(context.meta.get(META_KEY) ?? '[]') as string[]) context.store.delete(id);
      const withheld = new Set<string>();
      await inner.load({
        ...context,
        parseData: async (props) => {
          const data = await context.parseData(props);
          if (!withholdReason(collection, data as GuardedData, now)) return data;
          withheld.add(props.id);
          return withoutWithheldImage(collection, data as GuardedData, now) as typeof data;
        },
      });
      context.meta.set(META_KEY, JSON.stringify([...withheld]));
    },
  };
}
