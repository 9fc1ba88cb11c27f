/**
 * Preview of a story, in the site's article style. Above it, the editor sees whether the
 * consent record allows publishing on the website today (the same rule the build applies,
 * src/lib/publish.ts), and the photo is shown only when the person agreed to show their face.
 */
import { consentChannels, labelOf, type ConsentChannel } from '../../src/schemas/enums';
import { t } from '../../src/i18n/t';
import { formatDate } from '../../src/lib/dates';
import { consentProblem, consentProblemMessage, exclusionReason } from '../../src/lib/publish';
import { assetUrl, entryData, picture, strings, text, toDate, type H, type PreviewTemplate } from './h';
import { notesBox } from './news';

/** What the story preview shows (pure, tested). */
export interface StoryView {
  title: string;
  person: string;
  now: string;
  summary: string;
  quote: string;
  date: string;
  /** The photo, only when it may be published (a face the person agreed to show). */
  photo?: { src: string; alt: string };
  /** True when a photo was chosen but will not be published. */
  photoHidden: boolean;
  /** Whether the consent allows the website today. */
  consentOk: boolean;
  /** The consent status in plain words. */
  consent: string;
  notes: string[];
}

/** The consent status line: what the person agreed to, or why the story will not appear. */
export function consentStatus(raw: unknown, now: Date): { ok: boolean; text: string } {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const date = toDate(c.date);
  const channels = strings(c.channels) as ConsentChannel[];
  if (c.given !== true || !date) {
    return { ok: false, text: t('preview.consentIncomplete') };
  }
  const problem = consentProblem({ given: true, date, channels, expires: toDate(c.expires, 'end'), withdrawn: c.withdrawn === true }, now);
  if (problem) return { ok: false, text: t('preview.consentBlocked', { reason: consentProblemMessage(problem) }) };
  const where = channels.map((ch) => labelOf(consentChannels, ch)).join(', ');
  const until = toDate(c.expires, 'end');
  return {
    ok: true,
    text: t('preview.consentRecord', { date: formatDate(date), where, until: until ? t('preview.consentUntil', { date: formatDate(until) }) : '' }),
  };
}

/** Computes the story preview from the CMS data and the current time. */
export function storyView(data: Record<string, unknown>, now: Date): StoryView {
  const consent = consentStatus(data.consent, now);
  const chosen = picture(data.photo);
  const showFace = data.showFace === true;
  const date = toDate(data.date);
  const notes: string[] = [];
  const reason = exclusionReason({ draft: data.draft === true, date }, { now, includeSamples: true });
  if (reason === 'draft') notes.push(t('preview.draftStory'));
  if (date && (reason === 'scheduled' || (reason === 'draft' && date.getTime() > now.getTime())))
    notes.push(t('preview.scheduledStory', { date: formatDate(date) }));
  if (chosen && !showFace) notes.push(t('preview.photoWithheld'));
  const name = text(data.name) || t('preview.noName');
  return {
    title: text(data.title) || t('preview.noTitle'),
    person: data.pseudonym === false ? name : t('preview.pseudonymName', { name }),
    now: text(data.now),
    summary: text(data.summary),
    quote: text(data.quote),
    date: date ? formatDate(date) : t('preview.noDate'),
    photo: chosen && showFace ? chosen : undefined,
    photoHidden: Boolean(chosen && !showFace),
    consentOk: consent.ok,
    consent: consent.text,
    notes,
  };
}

/** The story preview template. */
export function storyPreview(h: H, now: () => Date = () => new Date()): PreviewTemplate {
  return (props) => {
    const v = storyView(entryData(props.entry), now());
    return h(
      'main',
      { id: 'main' },
      h('aside', { className: v.consentOk ? 'cms-note cms-note-ok' : 'cms-note cms-note-stop', role: 'note' }, h('p', null, v.consent)),
      notesBox(h, v.notes),
      h(
        'article',
        { className: 'wrap' },
        h(
          'header',
          { className: 'article-header prose' },
          h('p', null, h('span', { className: 'badge' }, 'Kisah')),
          h('h1', null, v.title),
          h('p', { className: 'meta' }, `${v.person} · ${v.date}`),
          v.summary ? h('p', { className: 'lead' }, v.summary) : null,
        ),
        v.photo ? h('img', { src: assetUrl(props, v.photo.src), alt: v.photo.alt }) : null,
        h(
          'div',
          { className: 'article-body prose' },
          v.quote ? h('blockquote', null, h('p', null, `“${v.quote}”`)) : null,
          props.widgetFor('body'),
          v.now ? h('p', null, h('strong', null, 'Sekarang: '), v.now) : null,
        ),
      ),
    );
  };
}
