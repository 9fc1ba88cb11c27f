/**
 * The content loader of every collection: Astro's glob loader, wrapped so that what must not be
 * published never enters the build, and every problem of every file is reported in one build.
 *
 * - Reading: Astro's own entry types read each file once (BOM, blank lines, CRLF, TOML as Astro
 *   handles them); the front matter it extracted keeps its dates as written (`entry-reading.ts`),
 *   so the schemas read them in WIB. A file that is not UTF-8 is refused by name.
 * - Validation: a schema error does not stop the loader at the first file: it is recorded with
 *   the file's name and the entry is left out, and the content gate stops the build with all of
 *   them (in `astro dev` they are logged at once).
 * - Publishing: an entry that is not published (draft, scheduled, sample when samples are off,
 *   a story without valid consent) is never stored, so Astro neither renders it for a page nor
 *   copies its cover or body images into dist/. A published story keeps its photo only when the
 *   face may be shown, and may then carry no images in its body (`withheld.ts`).
 * - Safety: the body of every stored entry is judged by the HTML allow-list, and every picture
 *   it uses (fields and body) is checked before Astro processes it (`picture-check.ts`).
 *
 * Between builds the store is kept (in node_modules/.astro, where hosts that cache it keep it): an
 * entry whose file is unchanged is not parsed and rendered again, but every stored entry is judged
 * again at every load, because whether it may be published depends on the build's time (a consent
 * expires) and its pictures may have changed; the content gate gets every entry as written, kept or
 * read anew. When the rules change (the code that validates, judges or renders: `rulesDigest`) the
 * store is cleared and every file is read again. In `astro dev` the
 * decision follows the clock (an article published in the CMS with the current time shows at once,
 * a scheduled one appears when its time comes), unless BUILD_NOW fixes "now".
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildPublishOptions, contentRoot } from './build-env';
import { startCollectionReport } from './content-report';
import { dataAsWritten, notUtf8, type EntryInfo } from './entry-reading';
import {
  BODY_PICTURES_LABEL,
  bodyPictureNotProcessedMessage,
  PICTURE_FIELDS,
  entryPictures,
  frontMatterMessage,
  notUtf8Message,
  pictureOutsideFolderMessage,
  picturePath,
  renderFailedMessage,
  schemaProblemMessage,
  storyBodyPicturesMessage,
} from './content-check';
import { pictureMessage, pictureProblem, type PictureProblem } from './picture-check';
import type { PublishOptions } from './publish';
import {
  faceMayBeShown,
  leftOutBeforeSchema,
  nextDecisionChange,
  unpublishedMessage,
  unpublishedReason,
  withoutHiddenFace,
  type GuardedCollection,
  type GuardedData,
} from './withheld';
import { isBesideEntry, renderedPictures, unsafeBodyProblems, unsafeHtmlMessage } from './markdown-safety';

/** What Astro hands a loader beside the documented context: the entry types by extension (the glob loader reads files through them). */
type EntryType = { getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<EntryInfo & Record<string, unknown>> } & Record<string, unknown>;
type FullContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/** The entry the glob loader hands the store. */
type StoredEntry = Parameters<LoaderContext['store']['set']>[0] & { assetImports?: string[] };

/** Verdicts on picture files already checked in this process, by path, size and time of change (a photo used by many entries is read once). */
const pictureVerdicts = new Map<string, Promise<PictureProblem | null>>();

/** `pictureProblem`, once per version of a file. */
async function checkPicture(file: string): Promise<PictureProblem | null> {
  const info = await stat(file).catch(() => null);
  if (!info) return pictureProblem(file);
  const key = `${file}\0${info.size}\0${info.mtimeMs}`;
  let verdict = pictureVerdicts.get(key);
  if (!verdict) pictureVerdicts.set(key, (verdict = pictureProblem(file)));
  return verdict;
}

/** `checkPicture`, where a file that cannot be read at all (a name too long, a link loop) is a missing picture, not a crash of the whole load. */
async function safelyCheckPicture(file: string): Promise<PictureProblem | null> {
  try {
    return await checkPicture(file);
  } catch {
    return { kind: 'missing' };
  }
}

/** The dev server's timers per collection: a new load of the collection cancels the previous load's. */
const devTimers = new Map<string, Map<string, ReturnType<typeof setTimeout>>>();

/** The longest wait a timer can hold (setTimeout's limit, about 24 days); later changes wait for a restart. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The code whose change makes every stored entry stale (schemas, publish and safety rules, the
 * Markdown pipeline, dependencies), relative to the project root: folders are read whole.
 */
export const RULES_SOURCES = ['src/schemas', 'src/lib', 'src/content.config.ts', 'astro.config.mjs', 'package-lock.json'];

const rulesDigests = new Map<string, Promise<string>>();

/** A hash of the files of `RULES_SOURCES` (names and contents), once per process and root; missing ones count as empty. */
export function rulesDigest(root: string, sources: readonly string[] = RULES_SOURCES): Promise<string> {
  const memo = `${root}\0${sources.join('\0')}`;
  const known = rulesDigests.get(memo);
  if (known) return known;
  const digest = (async () => {
    const hash = createHash('sha256');
    for (const source of sources) {
      const full = path.join(root, source);
      const files = (await stat(full).catch(() => null))?.isDirectory()
        ? (await readdir(full, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
        : [full];
      for (const file of files.sort())
        hash
          .update(path.relative(root, file))
          .update('\0')
          .update(await readFile(file).catch(() => ''))
          .update('\0');
    }
    return hash.digest('hex');
  })();
  rulesDigests.set(memo, digest);
  return digest;
}

/** The collections whose entries follow the publish rules. */
const PUBLISHED_COLLECTIONS = new Set<string>(['news', 'stories', 'partners', 'programs', 'events', 'products'] satisfies GuardedCollection[]);

/** Wraps `inner` (a glob loader) so that the collection is read, judged and withheld as described above. */
export function guardEntries(inner: Loader, { options }: { options?: () => PublishOptions } = {}): Loader {
  const opts = options ?? buildPublishOptions;
  return {
    ...inner,
    name: `${inner.name}+lapas-guard`,
    load: async (context: LoaderContext) => {
      const { collection, store, logger, config } = context;
      const entryTypes = (context as FullContext).entryTypes;
      const report = startCollectionReport(collection);
      const root = fileURLToPath(config.root);
      const fromRoot = (file: string) =>
        path
          .relative(root, file.startsWith('file:') ? fileURLToPath(file) : path.resolve(root, file))
          .split(path.sep)
          .join('/');
      const failed = new Set<string>();
      const pending: Promise<void>[] = [];
      /** The front matter as written of every file read in this load, by file (also of entries the glob loader keeps unchanged). */
      const written = new Map<string, Record<string, unknown>>();
      /** Entries the glob loader handed over in this load (new or changed files). */
      const handed = new Set<string>();
      // In `astro dev` the content gate does not run: say at once what the editor must fix (also
      // for a file changed while the dev server runs, which the glob loader re-reads through this context).
      const dev = Boolean(context.watcher);
      // A build decides with one "now" (its start, or BUILD_NOW); the dev server shows what would be
      // published at this moment: each decision reads the clock, and an entry whose decision will
      // change by time alone (publish time, consent date or expiry) is judged again at that moment.
      const buildOptions = opts();
      const clockRuns = dev && !process.env.BUILD_NOW;
      const optionsNow = () => (clockRuns ? { ...buildOptions, now: new Date() } : buildOptions);
      for (const timer of devTimers.get(collection)?.values() ?? []) clearTimeout(timer);
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      devTimers.set(collection, timers);
      const judgeAgainAt = (file: string, at: Date | null, entry: StoredEntry) => {
        clearTimeout(timers.get(file));
        timers.delete(file);
        const wait = at ? at.getTime() - Date.now() : Infinity;
        if (!clockRuns || wait > MAX_TIMER_MS) return;
        const timer = setTimeout(() => void admit(entry), Math.max(0, wait) + 50);
        timer.unref?.();
        timers.set(file, timer);
      };
      const problem = (...lines: string[]) => {
        report.problems.push(...lines);
        if (dev) for (const line of lines) logger.error(line);
      };
      const leftOut = (line: string) => {
        report.leftOut.push(line);
        if (dev) logger.info(line);
      };

      /** Astro's entry types, reading front matter with its dates as written. */
      const readingTypes = new Map(
        [...entryTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              const file = fromRoot(params.fileUrl.href);
              failed.delete(file); // read again (in astro dev, after an edit): judged afresh
              if (notUtf8(params.contents)) {
                // Its text cannot be trusted: one message that says how to save it, not a list of missing fields.
                failed.add(file);
                problem(notUtf8Message(file));
                return { data: {}, body: '', rawData: '' };
              }
              try {
                const info = await type.getEntryInfo(params);
                const data = dataAsWritten(info);
                written.set(file, data);
                return { ...info, data };
              } catch (error) {
                // Front matter that does not parse: reported with the others, the file is left out.
                failed.add(file);
                problem(frontMatterMessage(file, error));
                return { data: {}, body: '', rawData: '' };
              }
            },
          },
        ]),
      );

      /** Judges one entry the glob loader wants to store, then stores it or leaves it out (in astro dev, removing its earlier version). */
      const admit = async (entry: StoredEntry) => {
        const file = fromRoot(entry.filePath ?? entry.id);
        if (failed.has(file)) return void store.delete(entry.id);
        let data = entry.data as GuardedData;
        let reason: ReturnType<typeof unpublishedReason> = null;
        if (PUBLISHED_COLLECTIONS.has(collection)) {
          const now = optionsNow();
          judgeAgainAt(file, nextDecisionChange(collection as GuardedCollection, data, now.now), entry);
          reason = unpublishedReason(collection as GuardedCollection, data, now);
          // A scheduled entry is still judged now: its mistakes must not wait for the unattended
          // build at its publish time (which would then fail and hold every other update back).
          if (reason && reason !== 'scheduled') {
            leftOut(`${file}: ${unpublishedMessage(reason, data)}`);
            return void store.delete(entry.id);
          }
          data = withoutHiddenFace(collection as GuardedCollection, data);
        }
        const problems: string[] = [];
        // The Markdown safety plugin refuses unsafe HTML while Astro renders the body, so a body
        // that rendered is safe by construction; one that did not is judged again for the message.
        if (typeof entry.body === 'string' && entry.body.trim() !== '' && !entry.rendered) {
          const unsafe = unsafeBodyProblems(entry.body);
          problems.push(unsafe.length > 0 ? unsafeHtmlMessage(file, unsafe) : renderFailedMessage(file));
        }
        const bodyPictures = (entry.assetImports ?? []).filter((src) => !src.includes('://'));
        // Every <img> of the body as rendered, not only the pictures Astro recognised: a hidden face
        // allows none at all (a site address written in HTML included), and a picture beside the
        // entry that Astro did not process would reach the page broken.
        const rendered = typeof entry.rendered?.html === 'string' && entry.rendered.html.includes('<img') ? renderedPictures(entry.rendered.html) : null;
        for (const src of new Set(rendered?.unprocessed.filter(isBesideEntry))) problems.push(bodyPictureNotProcessedMessage(file, src));
        const shownInBody = bodyPictures.length + (rendered?.processed ?? 0) + (rendered?.unprocessed.length ?? 0);
        if (collection === 'stories' && shownInBody > 0 && !faceMayBeShown(data)) problems.push(storyBodyPicturesMessage(file));
        const pictures = [
          ...entryPictures(data).map(({ field, src }) => ({ label: PICTURE_FIELDS[collection]?.[field] ?? field, src })),
          ...bodyPictures.map((src) => ({ label: BODY_PICTURES_LABEL, src })),
        ];
        const ownFolder = path.join(root, path.dirname(file)) + path.sep;
        for (const { label, src } of pictures) {
          const absolute = picturePath(root, file, src);
          // A picture comes from the entry's own folder: a news article may not show a photo kept
          // for a story (whose consent and face rules only that story's entry carries).
          if (PUBLISHED_COLLECTIONS.has(collection) && !absolute.startsWith(ownFolder)) {
            problems.push(pictureOutsideFolderMessage(file, label, src));
            continue;
          }
          const found = await safelyCheckPicture(absolute);
          if (found) problems.push(pictureMessage(file, label, src, found));
        }
        if (problems.length > 0) {
          problem(...problems);
          return void store.delete(entry.id);
        }
        if (reason) {
          leftOut(`${file}: ${unpublishedMessage(reason, data)}`);
          return void store.delete(entry.id);
        }
        store.set({ ...entry, data });
      };

      // Stored entries stay only while the rules that judged them, and the content folder they were
      // read from, are the same: Astro's glob loader keeps an entry whose file has the same contents
      // under its old path, so a build of another folder (CONTENT_ROOT) starts from an empty store.
      const rules = `${await rulesDigest(root)}:${contentRoot()}`;
      if (context.meta.get('rules') !== rules) {
        store.clear();
        context.meta.set('rules', rules);
      }
      await inner.load({
        ...context,
        entryTypes: readingTypes,
        parseData: async (props) => {
          const file = fromRoot(props.filePath ?? props.id);
          if (failed.has(file)) return props.data;
          report.entries.push({ collection, file, id: props.id, data: props.data });
          const early = leftOutBeforeSchema(collection, props.data);
          if (early) {
            failed.add(file); // never stored; not an error
            leftOut(`${file}: ${early}`);
            return props.data;
          }
          try {
            return await context.parseData(props);
          } catch (error) {
            failed.add(file);
            problem(schemaProblemMessage(file, error));
            return props.data;
          }
        },
        store: {
          ...store,
          set: (entry: StoredEntry) => {
            handed.add(entry.id);
            pending.push(admit(entry));
            return true;
          },
        },
      } as FullContext);
      await Promise.all(pending);
      // Entries whose files did not change since the last build: reported to the content gate as
      // written, and judged again (publish decision at this build's time, pictures).
      const kept = store.values().filter((entry) => !handed.has(entry.id)) as StoredEntry[];
      for (const entry of kept) {
        const file = fromRoot(entry.filePath ?? entry.id);
        report.entries.push({ collection, file, id: entry.id, data: written.get(file) ?? (entry.data as Record<string, unknown>) });
      }
      await Promise.all(kept.map(admit));
    },
  };
}
