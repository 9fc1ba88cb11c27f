/**
 * Dates in the CMS as Indonesian editors write them, whatever the browser's language and zone:
 * the day as DD-MM-YYYY, the time as HH.mm WIB. Decap's own datetime widget is the browser's
 * native picker, which shows MM/DD/YYYY in an English browser and the computer's own zone
 * (docs/TEAM-NOTES.md, "Decap quirks"). Stored values are what the build reads
 * (src/lib/dates.ts parseWibDate): "2026-11-20" for a day, "2026-11-20T09:30:00.000+07:00" for a
 * moment.
 */
import { formatDate, formatDateTime, parseWibDate } from '../../src/lib/dates';
import { idPhrases } from '../locale-id';
import { option, type ControlProps, type CreateClass, type H } from './types';

const WIB_OFFSET_MS = 7 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** What the editor typed, understood: an ISO day ("2026-11-20") and maybe a time ("09:30"). */
export interface TypedDate {
  day: string;
  time?: string;
}

/** Reads a typed day: 20-11-2026, 20/11/2026, 20.11.2026, 2026-11-20 (a time after an ISO day is kept). */
export function parseDayText(text: string): TypedDate | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2})[:.](\d{2}))?/.exec(t);
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  let y: number, m: number, d: number;
  let time: string | undefined;
  if (iso) {
    [y, m, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
    if (iso[4] !== undefined) time = parseTimeText(`${iso[4]}.${iso[5]}`) ?? undefined;
    if (iso[4] !== undefined && !time) return null;
  } else if (local) {
    [d, m, y] = [+local[1]!, +local[2]!, +local[3]!];
  } else return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return parseWibDate(day) ? (time ? { day, time } : { day }) : null;
}

/** Reads a typed time: 09.30, 9:30, 0930 → "09:30"; null when it is not a time of day. */
export function parseTimeText(text: string): string | null {
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text.trim().replace(/\s*WIB$/i, ''));
  if (!m) return null;
  const [h, mi] = [+m[1]!, +(m[2] ?? '0')];
  return h <= 23 && mi <= 59 ? `${pad(h)}:${pad(mi)}` : null;
}

/** The value to store: a day, or a moment in WIB with its offset. */
export function storedValue(day: string, time: string | undefined, dateOnly: boolean): string {
  return dateOnly ? day : `${day}T${time ?? '00:00'}:00.000+07:00`;
}

/** A stored value as the editor sees it: { day: "20-11-2026", time: "09.30" } in WIB ('' when empty or unreadable). */
export function displayOf(value: unknown, dateOnly: boolean): { day: string; time: string } {
  const date = typeof value === 'string' ? parseWibDate(value) : value instanceof Date ? value : null;
  if (!date || Number.isNaN(date.getTime())) return { day: typeof value === 'string' ? value : '', time: '' };
  const wib = new Date(date.getTime() + WIB_OFFSET_MS);
  const day = `${pad(wib.getUTCDate())}-${pad(wib.getUTCMonth() + 1)}-${wib.getUTCFullYear()}`;
  return { day, time: dateOnly ? '' : `${pad(wib.getUTCHours())}.${pad(wib.getUTCMinutes())}` };
}

/** Today (and now) in WIB, whatever the computer's zone. */
export function nowInWib(now: Date): TypedDate {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  return { day: wib.toISOString().slice(0, 10), time: wib.toISOString().slice(11, 16) };
}

/** The outcome of what is typed in the two inputs: a value to store, '' for empty, or a message. */
export function readTyped(dayText: string, timeText: string, dateOnly: boolean, label: string): { value: string } | { error: string } {
  if (dayText.trim() === '' && timeText.trim() === '') return { value: '' };
  const day = parseDayText(dayText);
  if (!day) return { error: `${label}: tulis tanggal seperti 20-11-2026 (hari-bulan-tahun).` };
  if (dateOnly) return { value: storedValue(day.day, undefined, true) };
  const time = timeText.trim() === '' ? day.time : (parseTimeText(timeText) ?? undefined);
  if (!time) return { error: `${label}: isi jam (WIB) seperti 09.30.` };
  return { value: storedValue(day.day, time, false) };
}

/** The line under the inputs: the date in words, so a swapped day and month is noticed. */
export function dateInWords(value: unknown, dateOnly: boolean): string {
  const date = typeof value === 'string' && value ? parseWibDate(value) : null;
  if (!date) return '';
  return dateOnly ? formatDate(date) : formatDateTime(date);
}

interface State {
  day: string;
  time: string;
}
interface Self {
  props: ControlProps;
  state: State;
  emitted?: unknown;
  setState(s: Partial<State>): void;
  dateOnly(): boolean;
  label(): string;
  update(day: string, time: string): void;
}

/** The control: a day input (DD-MM-YYYY), a time input (HH.mm WIB) unless date-only, "Sekarang" and "Kosongkan". */
export function wibDateControl(h: H, createClass: CreateClass, clock: () => Date = () => new Date()) {
  const phrases = idPhrases.editor.editorWidgets.datetime;
  return createClass({
    dateOnly(this: Self) {
      return option(this.props.field, 'time_format') === false;
    },
    label(this: Self) {
      return String(option(this.props.field, 'label') ?? option(this.props.field, 'name'));
    },
    getInitialState(this: Self) {
      return displayOf(this.props.value, this.dateOnly());
    },
    componentDidUpdate(this: Self, prev: ControlProps) {
      // A value set from outside (entry loaded, backup restored): show it.
      if (this.props.value !== prev.value && this.props.value !== this.emitted) this.setState(displayOf(this.props.value, this.dateOnly()));
    },
    update(this: Self, day: string, time: string) {
      this.setState({ day, time });
      const typed = readTyped(day, time, this.dateOnly(), this.label());
      if ('value' in typed) {
        this.emitted = typed.value;
        this.props.onChange(typed.value);
      }
    },
    isValid(this: Self) {
      const typed = readTyped(this.state.day, this.state.time, this.dateOnly(), this.label());
      return 'error' in typed ? { error: { type: 'CUSTOM', message: typed.error } } : true;
    },
    render(this: Self) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, value } = this.props;
      const dateOnly = this.dateOnly();
      const tidy = () => {
        setInactiveStyle();
        const typed = readTyped(this.state.day, this.state.time, dateOnly, this.label());
        if ('value' in typed && typed.value) this.setState(displayOf(typed.value, dateOnly));
      };
      const now = () => {
        const n = nowInWib(clock());
        const v = storedValue(n.day, n.time, dateOnly);
        this.setState(displayOf(v, dateOnly));
        this.emitted = v;
        this.props.onChange(v);
      };
      const clear = () => this.update('', '');
      const words = dateInWords(value, dateOnly);
      return h(
        'div',
        { className: `${classNameWrapper} lapas-date` },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: 'HH-BB-TTTT',
          className: 'lapas-date-day',
          value: this.state.day,
          onChange: (e: { target: { value: string } }) => this.update(e.target.value, this.state.time),
          onFocus: setActiveStyle,
          onBlur: tidy,
          'aria-describedby': `${forID}-words`,
        }),
        dateOnly
          ? null
          : h('input', {
              type: 'text',
              inputMode: 'numeric',
              autoComplete: 'off',
              placeholder: 'JJ.MM',
              className: 'lapas-date-time',
              // Named on its own (the field's label names the day input; a second "Tanggal terbit" would confuse).
              'aria-label': 'Jam (WIB)',
              'aria-describedby': `${forID}-words`,
              value: this.state.time,
              onChange: (e: { target: { value: string } }) => this.update(this.state.day, e.target.value),
              onFocus: setActiveStyle,
              onBlur: tidy,
            }),
        dateOnly ? null : h('span', { className: 'lapas-date-zone' }, 'WIB'),
        h(
          'button',
          { type: 'button', className: 'lapas-date-button', onClick: now, title: phrases.setToNow.replace('%{fieldLabel}', this.label()) },
          phrases.now,
        ),
        h('button', { type: 'button', className: 'lapas-date-button', onClick: clear }, phrases.clear),
        h('p', { id: `${forID}-words`, className: 'lapas-widget-note', 'data-date-words': '' }, words),
      );
    },
  });
}

/** The preview of a date field: the date in words. */
export function wibDatePreview(h: H) {
  return ({ value, field }: { value: unknown; field: ControlProps['field'] }) => h('p', null, dateInWords(value, option(field, 'time_format') === false));
}
