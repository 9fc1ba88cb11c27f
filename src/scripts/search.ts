/**
 * The search of /cari/: loads Pagefind's search API from the site's own /pagefind/ folder (only on
 * this page), runs the search the address bar describes (?q=…&jenis=…&kategori=…&tahun=…&urut=…),
 * keeps the address in step with the form so a search can be shared, and renders results with
 * DOM methods (text nodes and <mark>, never innerHTML). Every string comes from the page
 * (src/i18n/id.json), so the whole interface is Indonesian. The root's `data-state` says where
 * it is: idle, searching, done or error.
 */
import {
  excerptParts,
  fill,
  isActive,
  isPrefixFallback,
  pagefindQuery,
  paramsFromState,
  SEARCH_RANKING,
  stateFromParams,
  type SearchState,
} from '../lib/search-query';
import { byFixedOrder, filterOptions, FIRST_SCREEN, PAGE_SIZE, resultView, searchSummary, type SearchStrings } from '../lib/search-render';
import type { FilterCounts, Pagefind, PagefindData, PagefindResult } from './pagefind-api';

/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 250;

/** The highlighted words of results' excerpts. */
function marksOf(data: readonly PagefindData[]): string[] {
  return data.flatMap((d) =>
    excerptParts(d.excerpt ?? '')
      .filter((p) => p.mark)
      .map((p) => p.text),
  );
}

/**
 * Pagefind splits every query into graphemes with an Intl.Segmenter; the first one a page makes loads
 * the browser's segmentation data (25 ms on the test machine, four times that on a slow phone), which
 * made the first search the longest task of the page. Made once, in a task of its own, while the page
 * waits for Pagefind's files, so the first search does not pay for it (docs/benchmarks.md).
 */
function warmSegmenter(language: string): void {
  if (typeof Intl.Segmenter !== 'function') return;
  setTimeout(() => new Intl.Segmenter(language || undefined, { granularity: 'grapheme' }).segment('a'), 0);
}

/** Resolves once the browser has painted what was just added (or after 100 ms in a hidden tab, which paints nothing). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Starts the search page; does nothing when the page has no search root. */
export async function startSearch(element: HTMLElement | null): Promise<void> {
  if (!element) return;
  const root: HTMLElement = element;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  // Where the Pagefind bundle lives (written by src/integrations/pagefind.ts, served in dev too), named
  // by the page: importing the routes here would make the script wait for one more file before it starts.
  const pagefindUrl = root.dataset.searchBundle ?? '';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = {
    type: form.querySelector<HTMLSelectElement>('select[data-filter="type"]')!,
    category: form.querySelector<HTMLSelectElement>('select[data-filter="category"]')!,
    year: form.querySelector<HTMLSelectElement>('select[data-filter="year"]')!,
    sort: form.querySelector<HTMLSelectElement>('select[name="urut"]')!,
  };
  const reset = form.querySelector<HTMLAnchorElement>('[data-search-reset]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const errorBox = root.querySelector<HTMLElement>('[data-search-error]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = document.title;

  // The form is on the page from the start (a plain GET form without JavaScript); now it can show results.
  if (!status.textContent) status.textContent = strings.loading;
  let state = stateFromParams(new URLSearchParams(location.search));
  writeForm(state);

  let pagefind: Promise<Pagefind> | undefined;
  /** Loads Pagefind once, on demand. */
  const load = () => {
    if (!pagefind) warmSegmenter(document.documentElement.lang);
    return (pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
      // On the main thread: measured on slow 4G, skipping the web worker (its script and start-up)
      // brings the first result about a second sooner, and a search takes milliseconds even on
      // the 5,000-item benchmark site (docs/benchmarks.md).
      // The built page preloads the entry file under a tag of its content (src/lib/search-preload.ts):
      // asking with the same tag reuses that download instead of a fresh ?ts=<now>.
      const entry = document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]');
      const metaCacheTag = entry ? new URL(entry.href).searchParams.get('ts') : null;
      // Pages that declare the questions they answer (topics) lead the pages that only mention them.
      await pf.options({ excerptLength: 28, noWorker: true, ranking: SEARCH_RANKING, ...(metaCacheTag ? { metaCacheTag } : {}) });
      await pf.init();
      return pf;
    }));
  };

  let generation = 0;
  let pending: PagefindResult[] = [];
  let resultCount = 0;

  /** Runs the search of `next` and shows it; a newer call makes older ones stop quietly. */
  async function run(next: SearchState): Promise<void> {
    const current = ++generation;
    state = next;
    writeAddress(next);
    if (!isActive(next)) {
      clearResults();
      status.textContent = strings.idle;
      root.dataset.state = 'idle';
      const pf = await pagefind?.catch(() => undefined);
      const total = pf ? await pf.filters() : undefined;
      if (total && current === generation) showOptions(total, {});
      return;
    }
    status.textContent = strings.searching;
    root.dataset.state = 'searching';
    try {
      const pf = await load();
      const query = pagefindQuery(next);
      const options = { filters: query.filters };
      // The filter index (without it a search reports no filter counts) and the words' index
      // chunks download side by side; both are cached after the first search. One search, not a
      // preload and then a search: each costs Pagefind's word splitting on the main thread.
      const [, byRelevance] = await Promise.all([pf.filters(), pf.search(query.term, options)]);
      let results = byRelevance?.results ?? [];
      let undated = false;
      if (query.sort && byRelevance) {
        // Pagefind leaves pages without the sort key out of a sorted search: append them after the dated ones.
        const sorted = (await pf.search(query.term, { ...options, sort: query.sort }))?.results ?? [];
        const seen = new Set(sorted.map((r) => r.id));
        const rest = results.filter((r) => !seen.has(r.id));
        undated = rest.length > 0 && sorted.length > 0;
        results = [...sorted, ...rest];
      }
      if (current !== generation || !byRelevance) return;
      showOptions(byRelevance.totalFilters, byRelevance.filters);
      clearResults();
      errorBox.hidden = true;
      pending = results;
      // A word Pagefind does not know is answered with pages matching a prefix of it: judged on the
      // first page of results before any is shown (see showMore), then nothing is shown.
      const fallback = next.q ? (data: PagefindData[]) => isPrefixFallback(next.q, marksOf(data)) : undefined;
      const shown = await showMore(false, fallback, () => {
        status.textContent = searchSummary(next, results.length, undated, strings);
      });
      if (current !== generation) return;
      if (shown === null) results = [];
      // Written once (the live region would announce it again): when the first results came, or now.
      const summary = searchSummary(next, results.length, undated, strings);
      if (status.textContent !== summary) status.textContent = summary;
      root.dataset.state = 'done';
    } catch (error) {
      if (current !== generation) return;
      console.error('Pencarian gagal', error);
      clearResults();
      status.textContent = strings.error;
      errorBox.hidden = false;
      root.dataset.state = 'error';
    }
  }

  /**
   * Renders the next page of results: the first screen's (FIRST_SCREEN) as soon as their fragments
   * arrive, then, once that is painted, the rest of the page. With `focusFirst`, moves focus to the
   * first new link. `rejects` judges the page's data before anything is shown: when it says so (on
   * the whole page: the first screen alone is enough only when it holds a real match), nothing is
   * rendered and the result is null. `onFirst` runs when the first results are on the page.
   */
  async function showMore(focusFirst: boolean, rejects?: (data: PagefindData[]) => boolean, onFirst?: () => void): Promise<PagefindData[] | null> {
    // Out of reach until this page is on screen: a second press would put the next page's first results before this page's last.
    more.hidden = true;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const current = generation;
    let data = await Promise.all(batch.slice(0, FIRST_SCREEN).map((r) => r.data()));
    let rest = batch.slice(FIRST_SCREEN);
    if (current !== generation) return data;
    // Without a real match among the first results, the verdict needs the whole page before anything shows.
    if (rejects && (marksOf(data).length === 0 || rejects(data))) {
      data = [...data, ...(await Promise.all(rest.map((r) => r.data())))];
      rest = [];
      if (current !== generation) return data;
      if (rejects(data)) return null;
    }
    const items = data.map(renderResult);
    list.append(...items);
    list.hidden = list.childElementCount === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    onFirst?.();
    if (rest.length) {
      await afterPaint();
      const later = await Promise.all(rest.map((r) => r.data()));
      if (current !== generation) return [...data, ...later];
      list.append(...later.map(renderResult));
      data = [...data, ...later];
    }
    const left = pending.length;
    more.hidden = left === 0;
    more.textContent = fill(strings.more, { count: Math.min(left, PAGE_SIZE) });
    return data;
  }

  /** One result: title (link), type and date, excerpt with the search terms highlighted. */
  function renderResult(data: PagefindData): HTMLLIElement {
    const view = resultView(data, strings);
    const li = document.createElement('li');
    li.className = 'search-result';
    const article = li.appendChild(document.createElement('article'));
    const heading = article.appendChild(document.createElement('h2'));
    // Each result is named by its title (ids unique on the page: a running number).
    heading.id = `search-result-${++resultCount}`;
    article.setAttribute('aria-labelledby', heading.id);
    const link = heading.appendChild(document.createElement('a'));
    link.href = view.href;
    link.textContent = view.title;
    const meta = article.appendChild(document.createElement('p'));
    meta.className = 'meta';
    if (view.type) {
      const badge = meta.appendChild(document.createElement('span'));
      badge.className = 'badge';
      badge.textContent = view.type;
    }
    if (view.date) meta.append(view.type ? ' · ' : '', view.date);
    const excerpt = article.appendChild(document.createElement('p'));
    excerpt.className = 'search-excerpt';
    for (const part of view.excerpt) {
      if (part.mark) excerpt.appendChild(document.createElement('mark')).textContent = part.text;
      else excerpt.append(part.text);
    }
    return li;
  }

  function clearResults(): void {
    pending = [];
    list.replaceChildren();
    // An empty list would be announced as "list, 0 items": it is hidden until it holds a result.
    list.hidden = true;
    more.hidden = true;
  }

  /**
   * Fills the category and year lists from the index (all values), and writes each option's count
   * for the current search when the list has no choice yet; the chosen value always stays listed.
   */
  function showOptions(total: FilterCounts, current: FilterCounts): void {
    const fillSelect = (select: HTMLSelectElement, key: 'type' | 'category' | 'year', order: (a: string, b: string) => number) => {
      const chosen = state[key];
      const values = Object.keys(total[key] ?? {});
      // The types are all listed by the page, found or not.
      if (key === 'type') values.push(...[...select.options].slice(1).map((o) => o.value));
      const first = select.options[0]!;
      const options = filterOptions(values, chosen, current[key] ?? total[key], order).map(({ value, label, selected }) => {
        const option = new Option(label, value);
        option.selected = selected;
        return option;
      });
      select.replaceChildren(first, ...options);
      if (!chosen) select.value = '';
    };
    const typeOrder = [...selects.type.options].slice(1).map((o) => o.value);
    fillSelect(selects.type, 'type', byFixedOrder(typeOrder));
    fillSelect(selects.category, 'category', (a, b) => a.localeCompare(b, 'id'));
    fillSelect(selects.year, 'year', (a, b) => b.localeCompare(a));
  }

  function writeForm(s: SearchState): void {
    input.value = s.q;
    for (const key of ['type', 'category', 'year'] as const) {
      const select = selects[key];
      if (s[key] && ![...select.options].some((o) => o.value === s[key])) select.add(new Option(s[key], s[key]));
      select.value = s[key];
    }
    selects.sort.value = s.sort;
  }

  function readForm(): SearchState {
    return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  }

  /** Keeps the address bar (and the tab title) in step with the search, without adding history entries. */
  function writeAddress(s: SearchState): void {
    const params = paramsFromState(s).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    document.title = s.q ? `${s.q} · ${baseTitle}` : baseTitle;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const next = readForm();
    if (next.q)
      void load()
        .then((pf) => pf.preload(next.q))
        .catch(() => undefined);
    timer = setTimeout(() => void run(readForm()), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run(readForm());
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(readForm());
  });
  reset.addEventListener('click', (event) => {
    event.preventDefault();
    const next: SearchState = { ...readForm(), type: '', category: '', year: '', sort: 'relevan' };
    writeForm(next);
    void run(next);
  });
  more.addEventListener('click', () => void showMore(true));
  // First touch of the form: load Pagefind and offer the categories and years there are.
  form.addEventListener(
    'focusin',
    () =>
      void load()
        .then((pf) => pf.filters())
        .then((total) => {
          if (!isActive(state)) showOptions(total, {});
        })
        .catch(() => undefined),
    { once: true },
  );

  if (isActive(state)) await run(state);
  else {
    status.textContent = strings.idle;
    root.dataset.state = 'idle';
    // The page has already asked for Pagefind's files (preloads, src/lib/search-preload.ts): start it
    // now, so the first word typed is searched at once and the category and year lists are filled.
    void load()
      .then((pf) => pf.filters())
      .then((total) => {
        if (!isActive(state)) showOptions(total, {});
      })
      .catch(() => undefined);
  }
}
