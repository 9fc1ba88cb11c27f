/** What a story page shows besides the story's own fields. */
import { resolveRefs, type Ref } from './references';
import { routes } from './routes';
import type { NamedLink } from './article';

/** The published programs a story names and its partner, as links (unpublished ones left out). */
export function storyLinks(
  story: { data: { programs: readonly Ref[]; partner?: Ref } },
  content: { partners: readonly { id: string; data: { name: string } }[]; programs: readonly { id: string; data: { title: string } }[] },
): { programs: NamedLink[]; partners: NamedLink[] } {
  return {
    programs: resolveRefs(story.data.programs, content.programs).map((p) => ({ href: routes.program(p.id), label: p.data.title })),
    partners: resolveRefs(story.data.partner, content.partners).map((p) => ({ href: routes.partner(p.id), label: p.data.name })),
  };
}
