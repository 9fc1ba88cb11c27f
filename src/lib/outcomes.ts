/**
 * Outcomes of a partnership with their sources (people trained, hired, still employed after N
 * months): checked, described and totalled. Pure: the partner schema, /bermitra/, the partner
 * page and /angka/ all read them through here.
 */
import { labelOf, partnerOutcomes, type PartnerOutcome } from '../schemas/enums';
import { FIGURE_CEILING, formatNumber } from './impact';

/** One outcome as written in a partner's front matter. */
export interface OutcomeInput {
  measure: PartnerOutcome;
  value: number;
  /** Months after hiring (only for "masih-bekerja"). */
  months?: number;
  period: string;
  source: string;
}

/** The labels of the outcome and pledge fields, written once: the partner schema describes its fields with them and the messages name them. */
export const OUTCOME_LABELS = {
  value: 'Jumlah orang',
  months: 'Setelah berapa bulan',
  pledgeDate: 'Tanggal ikrar',
  pledgeStatement: 'Isi ikrar',
} as const;

/** Longest "still employed after" the site accepts, in months (ten years). */
export const MAX_OUTCOME_MONTHS = 120;

/**
 * What is wrong with one outcome and how to fix it, with the field it concerns: the value must be
 * a whole number from 0 to FIGURE_CEILING, and "masih-bekerja" needs its months (other measures
 * ignore them).
 */
export function outcomeProblems(o: OutcomeInput): { field: 'value' | 'months'; message: string }[] {
  const problems: { field: 'value' | 'months'; message: string }[] = [];
  const label = `"${labelOf(partnerOutcomes, o.measure)}" (${o.period})`;
  if (!Number.isInteger(o.value) || o.value < 0 || o.value > FIGURE_CEILING) {
    problems.push({
      field: 'value',
      message: `${label}: "${OUTCOME_LABELS.value}" harus bilangan bulat dari 0 sampai ${formatNumber(FIGURE_CEILING)}, tanpa titik atau koma.`,
    });
  }
  if (o.measure === 'masih-bekerja') {
    if (o.months === undefined)
      problems.push({ field: 'months', message: `${label}: isi "${OUTCOME_LABELS.months}", misalnya 6 untuk "masih bekerja setelah 6 bulan".` });
    else if (!Number.isInteger(o.months) || o.months < 1 || o.months > MAX_OUTCOME_MONTHS) {
      problems.push({ field: 'months', message: `${label}: "${OUTCOME_LABELS.months}" harus bilangan bulat dari 1 sampai ${MAX_OUTCOME_MONTHS}.` });
    }
  }
  return problems;
}

/** What an outcome counts, in words: "Masih bekerja setelah 6 bulan" or the measure's label. */
export function outcomeLabel(o: Pick<OutcomeInput, 'measure' | 'months'>): string {
  return o.measure === 'masih-bekerja' && o.months ? `Masih bekerja setelah ${o.months} bulan` : labelOf(partnerOutcomes, o.measure);
}

/** A total over partners: one per measure (and per months for "masih-bekerja"). */
export interface OutcomeTotal {
  measure: PartnerOutcome;
  months?: number;
  label: string;
  total: number;
  /** How many partners the total adds up. */
  partners: number;
  /** True when any partner counted is sample content. */
  sample: boolean;
}

/**
 * Totals of every partner's outcomes, in the order of the measures (then by months): what
 * /angka/ shows. Each partner's figures count once per measure and period as written.
 */
export function outcomeTotals(partners: readonly { outcomes: readonly OutcomeInput[]; sample: boolean }[]): OutcomeTotal[] {
  const totals = new Map<string, OutcomeTotal & { ids: Set<number> }>();
  partners.forEach((p, i) => {
    for (const o of p.outcomes) {
      const months = o.measure === 'masih-bekerja' ? o.months : undefined;
      const key = `${o.measure}:${months ?? ''}`;
      const t = totals.get(key) ?? { measure: o.measure, months, label: outcomeLabel(o), total: 0, partners: 0, sample: false, ids: new Set<number>() };
      t.total += o.value;
      t.ids.add(i);
      t.partners = t.ids.size;
      t.sample ||= p.sample;
      totals.set(key, t);
    }
  });
  const order = (m: PartnerOutcome) => partnerOutcomes.findIndex((x) => x.value === m);
  return [...totals.values()].sort((a, b) => order(a.measure) - order(b.measure) || (a.months ?? 0) - (b.months ?? 0)).map(({ ids: _ids, ...t }) => t);
}

/** The partners that made the public pledge, newest pledge first (then by name). */
export function pledgedPartners<T extends { data: { name: string; pledgeDate?: Date; pledgeStatement?: string } }>(partners: readonly T[]): T[] {
  return partners
    .filter((p) => p.data.pledgeDate && p.data.pledgeStatement)
    .sort((a, b) => b.data.pledgeDate!.getTime() - a.data.pledgeDate!.getTime() || a.data.name.localeCompare(b.data.name, 'id'));
}

/**
 * The pledge is a date and a statement together: which field is missing, with its message, or
 * undefined when both or neither are filled (used by the schema and by the CMS before saving).
 */
export function pledgeProblem(date: unknown, statement: unknown): { field: 'pledgeDate' | 'pledgeStatement'; message: string } | undefined {
  const hasDate = date !== undefined && date !== null && date !== '';
  const hasStatement = typeof statement === 'string' && statement.trim() !== '';
  if (hasDate === hasStatement) return undefined;
  const field = hasDate ? 'pledgeStatement' : 'pledgeDate';
  return { field, message: PLEDGE_MESSAGES[field] };
}

/** What the editor reads when one half of the pledge is missing, by the missing field. */
export const PLEDGE_MESSAGES = {
  pledgeStatement: `"${OUTCOME_LABELS.pledgeStatement}" wajib diisi bila "${OUTCOME_LABELS.pledgeDate}" diisi: tulis ikrar mitra dengan kata-katanya sendiri, atau kosongkan tanggalnya.`,
  pledgeDate: `"${OUTCOME_LABELS.pledgeDate}" wajib diisi bila "${OUTCOME_LABELS.pledgeStatement}" diisi: pilih tanggal mitra berikrar, atau kosongkan isinya.`,
} as const;
