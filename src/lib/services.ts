/**
 * Public services (/layanan/): pure helpers over `content/data/services.yaml`: checks the
 * satisfaction survey (IKM) figures, draws their bars, gives each complaint channel its address,
 * and describes each service for search engines (schema.org GovernmentService).
 */
import type { BarDatum } from './chart';
import { formatNumber } from './impact';
import { waHref } from './contact';

/** One survey period as written in services.yaml. */
export interface IkmInput {
  period: string;
  score: number;
  respondents?: number;
  source: string;
  sample: boolean;
}

/** The highest IKM: the index is a score out of 100. */
export const IKM_MAX = 100;

/**
 * What is wrong with the survey list, with the path of each problem (relative to `ikm`): a score
 * that is not a number from 0 to 100 with at most two decimals, or a period written twice.
 */
export function ikmProblems(periods: readonly IkmInput[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Map<string, number>();
  periods.forEach((p, i) => {
    const where = `Periode "${p.period}"`;
    if (!Number.isFinite(p.score) || p.score < 0 || p.score > IKM_MAX) {
      problems.push({
        path: [i, 'score'],
        message: `${where}: "Nilai IKM" ${String(p.score)} di luar 0 sampai 100. Tulis nilai indeks seperti di laporan survei, misalnya 87.25.`,
      });
    } else if (Math.abs(p.score * 100 - Math.round(p.score * 100)) > 1e-6) {
      problems.push({ path: [i, 'score'], message: `${where}: "Nilai IKM" ${p.score} punya lebih dari dua angka di belakang koma. Bulatkan, misalnya 87.25.` });
    }
    const key = p.period.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ path: [i, 'period'], message: `${where} ditulis dua kali (urutan ke-${first + 1} dan ke-${i + 1}). Hapus salah satunya.` });
    } else seen.set(key, i);
  });
  return problems;
}

/** The survey periods the page shows: samples only when the build includes samples, in the order written. */
export function publishedIkm<T extends IkmInput>(periods: readonly T[], opts: { includeSamples: boolean }): T[] {
  return periods.filter((p) => opts.includeSamples || !p.sample);
}

/** The bars of the IKM chart (src/lib/chart.ts), one per period; sample periods are marked. */
export function ikmBars(periods: readonly IkmInput[]): BarDatum[] {
  return periods.map((p) => ({ label: p.period, value: p.score, marked: p.sample }));
}

/** An IKM score as Indonesians write it: 87,25 (a decimal comma, up to two decimals). */
export function formatScore(score: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(score);
}

/** The one source shared by every period, or undefined when they differ (then each row shows its own). */
export function sharedIkmSource(periods: readonly IkmInput[]): string | undefined {
  const sources = new Set(periods.map((p) => p.source));
  return periods.length > 0 && sources.size === 1 ? periods[0]!.source : undefined;
}

/** A complaint channel as written in services.yaml. */
export interface ChannelInput {
  kind: 'situs' | 'whatsapp-lapas';
  url?: string;
}

/** Where a complaint channel leads: its web address, or a wa.me link to the Lapas' WhatsApp. */
export function channelHref(channel: ChannelInput, whatsapp: string): string {
  if (channel.kind === 'whatsapp-lapas') return waHref(whatsapp);
  if (!channel.url) throw new Error('A website complaint channel without a url passed the schema.');
  return channel.url;
}

/** The address shown beside a channel's link: the host and path without https://, or the phone number. */
export function channelLabel(channel: ChannelInput, whatsapp: string): string {
  if (channel.kind === 'whatsapp-lapas') return whatsapp;
  return (channel.url ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** What a GovernmentService node needs. */
export interface ServiceLdInput {
  /** Name of the service ("Layanan kunjungan", "Pembebasan bersyarat"). */
  name: string;
  description: string;
  /** The page address with the service's anchor. */
  url: string;
  /** The `@id` of the institution (organizationId). */
  providerId: string;
  /** The area served ("Kabupaten Grobogan"). */
  area: string;
}

/**
 * A public service as schema.org GovernmentService: provided by the institution, free of charge
 * (an offer of price 0 in rupiah), served in its regency.
 */
export function governmentServiceLd(s: ServiceLdInput): Record<string, unknown> {
  return {
    '@type': 'GovernmentService',
    name: s.name,
    description: s.description,
    url: s.url,
    provider: { '@id': s.providerId },
    serviceOperator: { '@id': s.providerId },
    areaServed: { '@type': 'AdministrativeArea', name: s.area },
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' },
  };
}

/** The first sentence of a text (for a short description), at most `max` characters. */
export function firstSentence(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}

/** The respondents of a period in words ("1.204 responden"), or '' when not given. */
export function respondentsText(n: number | undefined, unit: string): string {
  return n === undefined ? '' : `${formatNumber(n)} ${unit}`;
}
