/**
 * The search island of /cari/: loads Pagefind's UI from the site's own /pagefind/ folder on
 * demand, and keeps the query in the URL (?q=…) so a search can be shared.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

export async function startSearch(root: HTMLElement | null): Promise<void> {
  if (!root) return;
  const url = '/pagefind/pagefind-ui.js';
  const mod = (await import(/* @vite-ignore */ url)) as { PagefindUI?: PagefindUIConstructor };
  const PagefindUI = mod.PagefindUI ?? (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
  const ui = new PagefindUI({ element: root, showSubResults: true, showImages: false, resetStyles: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
  root.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'search' && input.type !== 'text') return;
    const params = new URLSearchParams(location.search);
    if (input.value) params.set('q', input.value);
    else params.delete('q');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  });
}
