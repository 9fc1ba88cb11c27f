/**
 * Synthetic sites for benchmarks: a throw-away copy of the project and generated Indonesian
 * content of any size (news, plus stories and partners in proportion), valid against the
 * content schemas. Deterministic: the same seed writes the same files.
 *
 *   const copy = await copyProject('bench-');
 *   await writeSyntheticContent(path.join(copy.dir, 'content'), { news: 5000 });
 *
 * Used by tests/bench/search.ts (search figures) and meant for the general build benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export { copyProject, type ProjectCopy } from '../e2e/support/project-copy';

/** How much to generate. */
export interface SyntheticOptions {
  /** Number of news items. */
  news: number;
  /** Stories per news item (default 1 in 25). */
  storyRatio?: number;
  /** Partners per news item (default 1 in 50, at least 3). */
  partnerRatio?: number;
  /** Seed of the pseudo-random generator. */
  seed?: number;
  /** Date of the newest item (default 2026-11-01 WIB). */
  newest?: Date;
  /** Days between the newest and the oldest item (default 8 years). */
  spanDays?: number;
}

/** What was written. */
export interface SyntheticCounts {
  news: number;
  stories: number;
  partners: number;
  /** Markdown bytes written. */
  bytes: number;
}

/** Prefix of every generated file, so they are easy to tell from real content. */
export const SYNTHETIC_PREFIX = 'sintetis-';

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], n: number): T[] => [...list].sort(() => next() - 0.5).slice(0, n);
  return { next, pick, some, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const VILLAGES = [
  'Danyang',
  'Kuripan',
  'Kalongan',
  'Putat',
  'Ngembak',
  'Karanganyar',
  'Genengadal',
  'Toroh',
  'Penawangan',
  'Gubug',
  'Godong',
  'Wirosari',
  'Kradenan',
  'Gabus',
  'Tawangharjo',
  'Ngaringan',
  'Pulokulon',
  'Geyer',
  'Kedungjati',
  'Tegowanu',
  'Tanggungharjo',
  'Karangrayung',
  'Brati',
  'Klambu',
  'Grobogan',
];
const SKILLS = [
  'pengelasan',
  'menjahit',
  'tata boga',
  'pangkas rambut',
  'pertanian hortikultura',
  'budidaya ikan lele',
  'pertukangan kayu',
  'sablon kaos',
  'kerajinan anyaman bambu',
  'perbengkelan sepeda motor',
  'peternakan kambing',
  'pembuatan batako',
  'barista kopi',
  'servis telepon genggam',
  'pembuatan roti',
];
const AGENCIES = [
  'Dinas Sosial',
  'Dinas Ketenagakerjaan',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Balai Latihan Kerja',
  'Puskesmas Purwodadi',
  'Kantor Kementerian Agama',
  'Bapas Pati',
  'Polres Grobogan',
  'Kejaksaan Negeri Grobogan',
  'Pengadilan Negeri Purwodadi',
  'Dinas Pertanian',
  'Dinas Perikanan',
  'Dinas Koperasi dan UMKM',
];
const BUSINESSES = ['Bengkel', 'Katering', 'Konveksi', 'Toko Bangunan', 'Koperasi', 'Peternakan', 'Percetakan', 'Kedai Kopi', 'Mebel', 'Pabrik Tahu'];
const BUSINESS_NAMES = [
  'Sinar',
  'Makmur',
  'Lestari',
  'Sejahtera',
  'Berkah',
  'Mandiri',
  'Jaya',
  'Harapan',
  'Sentosa',
  'Abadi',
  'Mulia',
  'Barokah',
  'Tunas',
  'Karya',
  'Maju',
];
const NAMES = [
  'Agus',
  'Budi',
  'Slamet',
  'Joko',
  'Wahyu',
  'Eko',
  'Sri',
  'Siti',
  'Tri',
  'Dwi',
  'Bambang',
  'Heru',
  'Yanto',
  'Darmo',
  'Rini',
  'Sugeng',
  'Parno',
  'Supri',
  'Wulan',
  'Bayu',
];
const ACTIVITIES = [
  'sosialisasi',
  'penyuluhan',
  'pelatihan',
  'pemeriksaan kesehatan',
  'pembinaan rohani',
  'olahraga bersama',
  'lomba',
  'pameran',
  'rapat koordinasi',
  'penandatanganan kerja sama',
  'kunjungan kerja',
  'bakti sosial',
  'upacara',
  'panen raya',
  'donor darah',
];
const TOPICS = [
  'reintegrasi sosial',
  'pencegahan narkoba',
  'hak warga binaan',
  'pembebasan bersyarat',
  'asimilasi',
  'layanan kunjungan',
  'kesehatan jiwa',
  'keterampilan kerja',
  'pendidikan kesetaraan',
  'kemandirian ekonomi',
  'kebersihan lingkungan',
  'ketahanan pangan',
  'literasi digital',
  'wawasan kebangsaan',
];
const CATEGORIES = ['kegiatan', 'kerja-sama', 'pembinaan', 'layanan', 'pengumuman'] as const;
const PARTNER_KINDS = ['instansi-pemerintah', 'dunia-usaha', 'lembaga-pendidikan', 'organisasi-sosial', 'lainnya'] as const;
const AREAS = ['pelatihan-kerja', 'pendidikan-kesetaraan', 'layanan-kesehatan', 'pendampingan-sosial', 'penyaluran-kerja', 'pembinaan-kepribadian'] as const;

const SENTENCES = [
  'Kegiatan {activity} ini diikuti oleh {n} warga binaan Lapas Kelas IIB Purwodadi.',
  'Kalapas menyampaikan terima kasih kepada {agency} atas dukungan yang terus diberikan.',
  'Materi tentang {topic} disampaikan secara interaktif sehingga peserta aktif bertanya.',
  'Para peserta juga berlatih {skill} bersama instruktur dari {agency}.',
  'Menurut petugas pembinaan, keterampilan {skill} banyak dibutuhkan di Desa {village} dan sekitarnya.',
  'Kerja sama ini diharapkan membuka peluang kerja bagi mantan warga binaan setelah bebas.',
  'Warga binaan yang lulus akan memperoleh sertifikat yang dapat digunakan untuk melamar kerja.',
  'Kepala seksi pembinaan menegaskan pentingnya {topic} bagi proses pemasyarakatan.',
  'Kegiatan berlangsung tertib dengan tetap memperhatikan aspek keamanan dan ketertiban.',
  'Perwakilan {agency} berharap kegiatan serupa dapat dilaksanakan secara rutin setiap tahun.',
  'Hasil karya warga binaan di bidang {skill} akan dipamerkan dan dijual kepada masyarakat.',
  'Pendampingan dilanjutkan oleh Bapas Pati bagi klien yang menjalani {topic}.',
  'Masyarakat Desa {village} menyambut baik program ini sebagai bagian dari {topic}.',
  'Sebanyak {n} peserta mengikuti ujian akhir dan seluruhnya dinyatakan lulus.',
  'Program ini sejalan dengan Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan.',
  'Lapas juga membuka kesempatan bagi dunia usaha yang ingin bermitra dalam bidang {skill}.',
  'Keluarga warga binaan dapat memperoleh informasi lebih lanjut melalui layanan informasi lapas.',
  'Selain {activity}, peserta mendapat pembekalan tentang {topic} dan pengelolaan keuangan sederhana.',
];

/** Fills {placeholders} of a sentence with random words. */
function sentence(r: ReturnType<typeof random>): string {
  return r.pick(SENTENCES).replace(/\{(\w+)\}/g, (_m, key: string) => {
    switch (key) {
      case 'activity':
        return r.pick(ACTIVITIES);
      case 'agency':
        return `${r.pick(AGENCIES)} Kabupaten Grobogan`;
      case 'topic':
        return r.pick(TOPICS);
      case 'skill':
        return r.pick(SKILLS);
      case 'village':
        return r.pick(VILLAGES);
      case 'n':
        return String(r.int(8, 120));
      default:
        return key;
    }
  });
}

/** A few paragraphs with a heading, about 250–400 words. */
function body(r: ReturnType<typeof random>): string {
  const paragraph = () => Array.from({ length: r.int(3, 5) }, () => sentence(r)).join(' ');
  return [paragraph(), paragraph(), `## ${capitalise(r.pick(TOPICS))} di Lapas Purwodadi`, paragraph(), paragraph(), paragraph()].join('\n\n');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const yaml = (s: string) => JSON.stringify(s); // JSON strings are valid YAML scalars
const isoWib = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+07:00');
const pad = (n: number) => String(n).padStart(5, '0');
const DAY = 24 * 3600_000;
/** A YAML list field, or an empty list. */
const list = (key: string, values: string[]) => (values.length ? [`${key}:`, ...values.map((v) => `  - ${v}`)] : [`${key}: []`]);

/**
 * Writes `news` synthetic news items into `<contentDir>/news`, and stories and partners in
 * proportion, referencing each other; returns how many files and bytes were written.
 */
export async function writeSyntheticContent(contentDir: string, options: SyntheticOptions): Promise<SyntheticCounts> {
  const { news, storyRatio = 1 / 25, partnerRatio = 1 / 50, seed = 20261128, newest = new Date('2026-11-01T09:00:00+07:00'), spanDays = 8 * 365 } = options;
  const r = random(seed);
  const counts: SyntheticCounts = { news: 0, stories: 0, partners: 0, bytes: 0 };
  const write = async (folder: string, name: string, text: string) => {
    await mkdir(path.join(contentDir, folder), { recursive: true });
    await writeFile(path.join(contentDir, folder, name), text);
    counts.bytes += Buffer.byteLength(text);
  };

  const partnerIds: string[] = [];
  const partnerCount = Math.max(3, Math.round(news * partnerRatio));
  for (let i = 0; i < partnerCount; i++) {
    const kind = r.pick(PARTNER_KINDS);
    const name =
      kind === 'dunia-usaha'
        ? `${r.pick(BUSINESSES)} ${r.pick(BUSINESS_NAMES)} ${r.pick(VILLAGES)}`
        : kind === 'instansi-pemerintah'
          ? `${r.pick(AGENCIES)} Kabupaten Grobogan`
          : `Yayasan ${r.pick(BUSINESS_NAMES)} ${r.pick(VILLAGES)}`;
    const id = `${SYNTHETIC_PREFIX}mitra-${pad(i)}`;
    partnerIds.push(id);
    await write(
      'partners',
      `${id}.md`,
      [
        '---',
        `name: ${yaml(`${name} ${i + 1}`)}`,
        `kind: ${kind}`,
        'areas:',
        ...r.some(AREAS, r.int(1, 3)).map((a) => `  - ${a}`),
        `status: ${r.next() < 0.8 ? 'aktif' : 'dalam-penjajakan'}`,
        `summary: ${yaml(`Mitra Lapas Kelas IIB Purwodadi dalam bidang ${r.pick(SKILLS)} dan ${r.pick(TOPICS)}.`)}`,
        'sample: true',
        '---',
        '',
        Array.from({ length: 4 }, () => sentence(r)).join(' '),
        '',
      ].join('\n'),
    );
    counts.partners++;
  }

  for (let i = 0; i < news; i++) {
    const date = new Date(newest.getTime() - i * (spanDays / news) * DAY - r.int(0, 20) * 3600_000);
    const activity = r.pick(ACTIVITIES);
    const title = `${capitalise(activity)} ${r.pick(SKILLS)} bersama ${r.pick(AGENCIES)} di Lapas Purwodadi`;
    const id = `${SYNTHETIC_PREFIX}berita-${pad(i)}`;
    await write(
      'news',
      `${id}.md`,
      [
        '---',
        `title: ${yaml(`${title} (${i + 1})`)}`,
        `summary: ${yaml(sentence(r))}`,
        `date: ${isoWib(date)}`,
        `category: ${r.pick(CATEGORIES)}`,
        'tags:',
        ...r.some(TOPICS, 2).map((t) => `  - ${t}`),
        ...list('partners', r.some(partnerIds, r.int(0, 2))),
        'sample: true',
        '---',
        '',
        body(r),
        '',
      ].join('\n'),
    );
    counts.news++;
  }

  const storyCount = Math.round(news * storyRatio);
  for (let i = 0; i < storyCount; i++) {
    const date = new Date(newest.getTime() - i * (spanDays / storyCount) * DAY);
    const name = r.pick(NAMES);
    const skill = r.pick(SKILLS);
    const id = `${SYNTHETIC_PREFIX}kisah-${pad(i)}`;
    await write(
      'stories',
      `${id}.md`,
      [
        '---',
        `title: ${yaml(`${name} dan keterampilan ${skill} (${i + 1})`)}`,
        `summary: ${yaml(`${name} belajar ${skill} di lapas dan kini bekerja di Desa ${r.pick(VILLAGES)}.`)}`,
        `date: ${isoWib(date)}`,
        `name: ${name}`,
        'pseudonym: true',
        'consent:',
        '  given: true',
        `  date: ${isoWib(new Date(date.getTime() - 30 * DAY)).slice(0, 10)}`,
        '  channels:',
        '    - situs-web',
        `partner: ${r.pick(partnerIds)}`,
        `now: ${yaml(`Bekerja di bidang ${skill}`)}`,
        `quote: ${yaml('Saya ingin membuktikan bahwa setiap orang bisa berubah.')}`,
        'sample: true',
        '---',
        '',
        body(r),
        '',
      ].join('\n'),
    );
    counts.stories++;
  }
  return counts;
}
