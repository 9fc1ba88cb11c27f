import { z } from 'astro/zod';
import { complaintChannelKinds, serviceProcedures } from './enums';
import { enumField, flag, group, groupList, lineList, optionalText, optionalWholeNumber, requiredText, urlField } from './fields';
import { described } from './describe';
import { sampleInfo } from './shared-fields';
import { ikmProblems } from '../lib/services';

/** The legal basis's hint: only verified regulations. */
const LEGAL_HINT =
  'Tulis hanya peraturan yang sudah dipastikan. Jangan menebak nomor peraturan: bila belum pasti, tulis "rujukan lengkap dilengkapi humas" dan biarkan "Masih contoh" aktif.';

/** Visiting a warga binaan: when, who, what to bring, what not, how to ask. */
const visitingSchema = group('Kunjungan', {
  /** One or two sentences above the schedule (optional). */
  intro: optionalText('Pengantar kunjungan', { max: 600, lines: true }),
  /** Days and hours, one row per day or group of days. */
  schedule: groupList('Jadwal kunjungan', {
    /** A day or group of days, e.g. "Senin – Kamis". */
    days: requiredText({ label: 'Hari', hint: 'Misalnya "Senin – Kamis".' }, { max: 60 }),
    /** The hours, e.g. "08.30 – 14.00 WIB". */
    hours: requiredText({ label: 'Jam', hint: 'Misalnya "08.30 – 14.00 WIB".' }, { max: 60 }),
  }),
  /** Who may visit (family, legal counsel …), one per line. */
  whoMayVisit: lineList({ label: 'Siapa yang boleh berkunjung', hint: 'Satu baris untuk setiap kelompok pengunjung.' }, 'Pengunjung'),
  /** What visitors bring (identity card …), one per line. */
  bring: lineList({ label: 'Yang perlu dibawa', hint: 'Satu baris untuk setiap barang atau berkas.' }, 'Barang atau berkas'),
  /** What is not allowed, one per line. */
  notAllowed: lineList({ label: 'Yang dilarang', hint: 'Satu baris untuk setiap larangan, dengan kalimat yang ramah.' }, 'Larangan'),
  /** How to book a visit or ask about it (registration, the WhatsApp line, video calls). */
  booking: requiredText(
    { label: 'Cara mendaftar atau bertanya', hint: 'Cara mendaftar kunjungan, kunjungan daring, dan ke mana bertanya.' },
    { max: 1000, lines: true },
  ),
  /** Notes under the schedule (holidays …), optional. */
  note: optionalText({ label: 'Catatan kunjungan', hint: 'Misalnya perubahan jadwal pada hari libur. Boleh dikosongkan.' }, { max: 400, lines: true }),
  /** True while the visiting information is an example humas has not confirmed. */
  sample: flag(sampleInfo('informasi kunjungan')),
});

/** One right or procedure of warga binaan (remisi, asimilasi …). */
const procedureFields = {
  /** Which procedure; its name on the page comes from the list in src/schemas/enums.ts. */
  procedure: enumField({ label: 'Jenis layanan', hint: 'Setiap jenis cukup ditulis sekali.' }, serviceProcedures),
  /** What it is, in plain words; an empty line starts a new paragraph. */
  what: requiredText({ label: 'Apa itu', hint: 'Penjelasan dengan kata-kata sehari-hari. Baris kosong memulai paragraf baru.' }, { max: 1200, lines: true }),
  /** Who qualifies, one condition per line. */
  who: lineList({ label: 'Siapa yang berhak', hint: 'Satu syarat per baris.' }, 'Syarat'),
  /** The steps, in order, one per line. */
  steps: lineList({ label: 'Langkah', hint: 'Satu langkah per baris, berurutan.' }, 'Langkah'),
  /** Where to ask: the Lapas, Bapas Pati. */
  where: requiredText({ label: 'Tempat bertanya', hint: 'Misalnya loket layanan Lapas, atau Bapas Pati.' }, { max: 400, lines: true }),
  /** The legal basis as humas verified it; invent no regulation numbers. */
  legalBasis: optionalText({ label: 'Dasar hukum', hint: LEGAL_HINT }, { max: 400, lines: true }),
  /** True while the text (legal detail included) is an example for humas to verify. */
  sample: flag(sampleInfo('teks dan dasar hukumnya')),
};

/** One way to complain or report. */
const complaintChannelFields = {
  /** Name of the channel, e.g. "LAPOR!". */
  name: requiredText('Nama saluran', { max: 120 }),
  /** Where it leads: a web address, or the Lapas' WhatsApp number from the site settings. */
  kind: enumField(
    { label: 'Jenis alamat', hint: 'WhatsApp Lapas memakai nomor di Pengaturan situs, jadi cukup diubah di satu tempat.' },
    complaintChannelKinds,
  ),
  /** The web address (https://…) when the channel is a website. */
  url: urlField({ label: 'Alamat situs', hint: 'Hanya untuk jenis "Alamat situs web": alamat lengkap diawali https://.' }),
  /** What to report there, in one or two sentences. */
  description: requiredText({ label: 'Keterangan', hint: 'Apa yang bisa diadukan lewat saluran ini.' }, { max: 400, lines: true }),
  /** True while the channel's details are an example for humas to verify. */
  sample: flag(sampleInfo('alamat saluran ini')),
};

/** A channel's web address and kind agree. */
function channelRules(channel: z.ZodObject<typeof complaintChannelFields>) {
  return channel.superRefine((c, ctx) => {
    if (c.kind === 'situs' && !c.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `"Alamat situs" wajib diisi untuk saluran "${c.name}": tulis alamat lengkap yang diawali https://, atau pilih "WhatsApp Lapas" sebagai jenis alamat.`,
      });
    }
    if (c.kind === 'whatsapp-lapas' && c.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `Saluran "${c.name}" memakai nomor WhatsApp dari Pengaturan situs: kosongkan "Alamat situs", atau pilih "Alamat situs web" sebagai jenis alamat.`,
      });
    }
  });
}

/** One period of the satisfaction survey (Indeks Kepuasan Masyarakat). */
const ikmPeriodFields = {
  /** The period as published, e.g. "Semester I 2026" or "Triwulan III 2025". */
  period: requiredText({ label: 'Periode', hint: 'Misalnya "Semester I 2026". Setiap periode cukup ditulis sekali, urut dari yang terlama.' }, { max: 40 }),
  /** The index from 0 to 100 (up to two decimals, written with a point: 87.25); checked with its period (ikmProblems). */
  score: described(z.number({ error: '"Nilai IKM" harus berupa angka dari 0 sampai 100, misalnya 87.25 (pakai titik untuk desimal).' }), {
    label: 'Nilai IKM',
    hint: 'Dari 0 sampai 100, pakai titik untuk desimal: 87.25.',
    kind: 'decimal',
    required: true,
    min: 0,
    max: 100,
  }),
  /** How many people answered (optional). */
  respondents: optionalWholeNumber({ label: 'Jumlah responden', hint: 'Boleh dikosongkan.' }, { min: 1, example: '120' }),
  /** Where the figure comes from (the survey report). Required: no figure without a source. */
  source: requiredText({ label: 'Sumber data', hint: 'Laporan survei tempat angka ini berasal. Wajib diisi.' }, { max: 300 }),
  /** True while the figure is an example, not a real survey result (shown as "Contoh"). */
  sample: flag(sampleInfo('nilai periode ini')),
};

/** Public services (`content/data/services.yaml`), shown on /layanan/. Each rule sits on the part it
 * judges (a channel, the list of procedures, the survey list), so a problem elsewhere in the file
 * never hides it: every problem is named in one build. */
export const servicesSchema = z.object({
  /** The opening paragraph of /layanan/. */
  intro: requiredText(
    { label: 'Pengantar halaman', hint: 'Kalimat pembuka halaman Layanan. Kata "tanpa dipungut biaya" sudah tampil otomatis di halaman.' },
    { max: 600, lines: true },
  ),
  /** Visiting. */
  visiting: visitingSchema,
  /** Rights and procedures, in the order shown; each procedure at most once. */
  procedures: groupList('Hak dan prosedur warga binaan', procedureFields, { each: uniqueProcedures }),
  /** Complaint and report channels, in the order shown. */
  complaints: groupList('Saluran pengaduan', complaintChannelFields, { item: channelRules }),
  /** The service pledge (maklumat pelayanan) as signed; an empty line starts a new paragraph. */
  maklumat: optionalText({ label: 'Maklumat pelayanan', hint: 'Salin sesuai maklumat yang ditandatangani Kalapas.' }, { max: 1500, lines: true }),
  /** Service standards: one line per promise (time, cost, requirements). */
  standards: lineList({ label: 'Standar pelayanan', hint: 'Satu janji layanan per baris (waktu, biaya, persyaratan).' }, 'Standar'),
  /** True while the pledge and the standards are an example for humas to verify. */
  standardsSample: flag({ label: 'Maklumat dan standar masih contoh', hint: 'Matikan setelah maklumat dan standar di atas sesuai dokumen resmi.' }),
  /** Satisfaction survey results, oldest period first. */
  ikm: groupList('Hasil survei kepuasan (IKM)', ikmPeriodFields, {
    each: (periods, ctx) => {
      for (const problem of ikmProblems(periods)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    },
  }),
});
export type Services = z.infer<typeof servicesSchema>;

/** Each procedure at most once. */
function uniqueProcedures(items: readonly { procedure: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((p, i) => {
    if (seen.has(p.procedure)) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'procedure'],
        message: `"Jenis layanan" ${p.procedure} sudah ada di atasnya: setiap layanan cukup ditulis sekali. Hapus salah satunya.`,
      });
    }
    seen.add(p.procedure);
  });
}
