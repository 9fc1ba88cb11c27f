/**
 * Every enumeration of the content model, defined once.
 * The content schemas (src/schemas/*) and the CMS field options (cms/*) both read these lists,
 * so a value cannot exist in one and not in the other.
 * Each option has a stable `value` (stored in front matter) and an Indonesian `label` (shown).
 */

/** An option of a select: the stored value and the label an editor or reader sees. */
export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Turns a list of options into the tuple of values Zod's `enum` needs. */
export function valuesOf<V extends string>(options: readonly Option<V>[]): [V, ...V[]] {
  if (options.length === 0) throw new Error('An enumeration needs at least one option');
  return options.map((o) => o.value) as [V, ...V[]];
}

/** Finds the label of a stored value; falls back to the value itself. */
export function labelOf<V extends string>(options: readonly Option<V>[], value: V): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** News categories (one per article). */
export const newsCategories = [
  { value: 'kegiatan', label: 'Kegiatan' },
  { value: 'kerja-sama', label: 'Kerja Sama' },
  { value: 'pembinaan', label: 'Pembinaan' },
  { value: 'layanan', label: 'Layanan' },
  { value: 'pengumuman', label: 'Pengumuman' },
] as const satisfies readonly Option[];
export type NewsCategory = (typeof newsCategories)[number]['value'];

/** Kinds of partner organisation. */
export const partnerKinds = [
  { value: 'instansi-pemerintah', label: 'Instansi Pemerintah / OPD' },
  { value: 'dunia-usaha', label: 'Dunia Usaha' },
  { value: 'lembaga-pendidikan', label: 'Lembaga Pendidikan' },
  { value: 'organisasi-sosial', label: 'Organisasi Sosial / Keagamaan' },
  { value: 'lainnya', label: 'Lainnya' },
] as const satisfies readonly Option[];
export type PartnerKind = (typeof partnerKinds)[number]['value'];

/** Areas of cooperation, shared by partners and programs. */
export const programAreas = [
  { value: 'pelatihan-kerja', label: 'Pelatihan Kerja' },
  { value: 'pendidikan-kesetaraan', label: 'Pendidikan Kesetaraan (Paket A/B/C)' },
  { value: 'layanan-kesehatan', label: 'Layanan Kesehatan' },
  { value: 'pendampingan-sosial', label: 'Pendampingan Sosial' },
  { value: 'penyaluran-kerja', label: 'Penyaluran Kerja' },
  { value: 'pembinaan-kepribadian', label: 'Pembinaan Kepribadian' },
] as const satisfies readonly Option[];
export type ProgramArea = (typeof programAreas)[number]['value'];

/** Status of a cooperation with a partner. */
export const partnerStatuses = [
  { value: 'aktif', label: 'Aktif' },
  { value: 'dalam-penjajakan', label: 'Dalam Penjajakan' },
] as const satisfies readonly Option[];
export type PartnerStatus = (typeof partnerStatuses)[number]['value'];

/** Channels a person in a story may have agreed to be published on. */
export const consentChannels = [
  { value: 'situs-web', label: 'Situs web Lapas' },
  { value: 'media-sosial', label: 'Media sosial resmi Lapas' },
  { value: 'media-cetak', label: 'Media cetak dan brosur' },
] as const satisfies readonly Option[];
export type ConsentChannel = (typeof consentChannels)[number]['value'];

/** The channel this website is: a story is published here only with consent for it. */
export const WEBSITE_CHANNEL: ConsentChannel = 'situs-web';

/** One measure of impact: the key stored in YAML, the Indonesian label and the unit. */
export interface ImpactMeasure {
  /** Key written in `impact.yaml` (`measure: dilatih`); also the CMS select value. */
  value: string;
  /** What is counted, as a reader sees it. */
  label: string;
  /** Unit shown after the number ("orang", "mitra"). */
  unit: string;
  /** One sentence on what is counted and how, shown under the chart. */
  definition: string;
  /**
   * Digits a figure may have after the decimal comma (a percentage, an average). Absent: the
   * measure counts people or partners, so every figure is a whole number.
   */
  decimals?: number;
}

/** Every measure the site knows, in the order the pages show them. */
export const impactMeasures = [
  {
    value: 'dilatih',
    label: 'Warga binaan yang mengikuti pelatihan keterampilan kerja',
    unit: 'orang',
    definition: 'Jumlah warga binaan yang menyelesaikan minimal satu pelatihan keterampilan kerja dalam tahun itu.',
  },
  {
    value: 'bersertifikat',
    label: 'Warga binaan yang memperoleh sertifikat pelatihan atau kompetensi',
    unit: 'orang',
    definition: 'Jumlah warga binaan yang menerima sertifikat pelatihan atau sertifikat kompetensi dalam tahun itu.',
  },
  {
    value: 'lulus-paket-a',
    label: 'Lulusan Paket A (setara SD)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket A dan memperoleh ijazah.',
  },
  {
    value: 'lulus-paket-b',
    label: 'Lulusan Paket B (setara SMP)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket B dan memperoleh ijazah.',
  },
  {
    value: 'lulus-paket-c',
    label: 'Lulusan Paket C (setara SMA)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket C dan memperoleh ijazah.',
  },
  {
    value: 'mitra',
    label: 'Mitra kerja sama aktif',
    unit: 'mitra',
    definition: 'Instansi, perusahaan dan lembaga yang memiliki kerja sama aktif dengan Lapas pada akhir tahun.',
  },
  {
    value: 'bekerja-setelah-bebas',
    label: 'Mantan warga binaan yang bekerja atau berwirausaha setelah bebas',
    unit: 'orang',
    definition: 'Mantan warga binaan yang diketahui bekerja atau berwirausaha setelah bebas, menurut data pendampingan Lapas dan Bapas.',
  },
] as const satisfies readonly ImpactMeasure[];
/** Who may come to an event of the agenda (issue 12). */
export const eventAudiences = [
  { value: 'umum', label: 'Terbuka untuk umum' },
  { value: 'undangan', label: 'Khusus undangan' },
  { value: 'mitra', label: 'Mitra dan calon mitra' },
] as const satisfies readonly Option[];
export type EventAudience = (typeof eventAudiences)[number]['value'];
/* ---- Karya warga binaan (content/products/, /karya/) ---- */

/** Whether a work of warga binaan is a thing to buy or a service to order. */
export const productKinds = [
  { value: 'produk', label: 'Produk' },
  { value: 'jasa', label: 'Jasa' },
] as const satisfies readonly Option[];
export type ProductKind = (typeof productKinds)[number]['value'];

/** Categories of the works of warga binaan (one per work; goods first, then services). */
export const productCategories = [
  { value: 'mebel-kayu', label: 'Mebel dan Kerajinan Kayu' },
  { value: 'batik-jahitan', label: 'Batik dan Jahitan' },
  { value: 'kerajinan-tangan', label: 'Kerajinan Tangan' },
  { value: 'makanan-minuman', label: 'Makanan dan Minuman' },
  { value: 'hasil-tani', label: 'Hasil Pertanian dan Peternakan' },
  { value: 'pangkas-rambut', label: 'Pangkas Rambut' },
  { value: 'cuci-kendaraan', label: 'Cuci Kendaraan' },
  { value: 'binatu', label: 'Binatu (Laundry)' },
  { value: 'las-bengkel', label: 'Las dan Bengkel' },
  { value: 'lainnya', label: 'Lainnya' },
] as const satisfies readonly Option[];
export type ProductCategory = (typeof productCategories)[number]['value'];

/** Whether a work can be had now, is made when ordered, or is out for the moment. */
export const productAvailabilities = [
  { value: 'tersedia', label: 'Tersedia' },
  { value: 'pesanan', label: 'Dibuat sesuai pesanan' },
  { value: 'habis', label: 'Sedang habis' },
] as const satisfies readonly Option[];
export type ProductAvailability = (typeof productAvailabilities)[number]['value'];

/** How a work is priced: one price, a range, or agreed per order. */
export const priceBases = [
  { value: 'tetap', label: 'Harga pasti' },
  { value: 'rentang', label: 'Kisaran harga' },
  { value: 'sesuai-pesanan', label: 'Sesuai pesanan' },
] as const satisfies readonly Option[];
export type PriceBasis = (typeof priceBases)[number]['value'];
/* ---------- Issue 13: public services (/layanan/) and employer routes (/bermitra/) ---------- */

/**
 * The rights and procedures of warga binaan that /layanan/ explains, in the order shown. The
 * labels are the page's headings (and what readers search for), so they are fixed here.
 */
export const serviceProcedures = [
  { value: 'remisi', label: 'Remisi' },
  { value: 'asimilasi', label: 'Asimilasi' },
  { value: 'pembebasan-bersyarat', label: 'Pembebasan bersyarat' },
  { value: 'cuti-bersyarat', label: 'Cuti bersyarat' },
  { value: 'cuti-menjelang-bebas', label: 'Cuti menjelang bebas' },
] as const satisfies readonly Option[];
export type ServiceProcedure = (typeof serviceProcedures)[number]['value'];

/** Where a complaint channel leads: a web address, or the Lapas' own WhatsApp number from the site settings. */
export const complaintChannelKinds = [
  { value: 'situs', label: 'Alamat situs web' },
  { value: 'whatsapp-lapas', label: 'WhatsApp Lapas (nomor dari Pengaturan situs)' },
] as const satisfies readonly Option[];
export type ComplaintChannelKind = (typeof complaintChannelKinds)[number]['value'];

/** The three routes for employers on /bermitra/; each is also a choice in the contact composer. */
export const employerRoutes = [
  { value: 'pelatihan', label: 'Melatih atau membuka bengkel kerja di dalam Lapas' },
  { value: 'asimilasi', label: 'Mempekerjakan warga binaan asimilasi di luar Lapas' },
  { value: 'rekrut', label: 'Mempekerjakan mantan warga binaan setelah bebas' },
] as const satisfies readonly Option[];
export type EmployerRoute = (typeof employerRoutes)[number]['value'];

/** Other ways a business can help, besides the three routes. */
export const otherPartnershipWays = [
  { value: 'csr', label: 'Program CSR' },
  { value: 'produk', label: 'Membeli produk karya warga binaan' },
] as const satisfies readonly Option[];
export type OtherPartnershipWay = (typeof otherPartnershipWays)[number]['value'];

/** What the link under a "how to help" item of /dukung/ does. */
export const supportLinks = [
  { value: 'tidak-ada', label: 'Tanpa tautan' },
  { value: 'hubungi-produk', label: 'Hubungi humas: membeli produk' },
  { value: 'hubungi-pelatihan', label: 'Hubungi humas: melatih di dalam Lapas' },
  { value: 'kisah', label: 'Baca kisah dan bagikan lewat WhatsApp' },
] as const satisfies readonly Option[];
export type SupportLink = (typeof supportLinks)[number]['value'];

/** What a partner's outcome figure counts (case studies on /bermitra/, totals on /angka/). */
export const partnerOutcomes = [
  { value: 'dilatih', label: 'Warga binaan dilatih' },
  { value: 'dipekerjakan', label: 'Warga binaan atau mantan warga binaan dipekerjakan' },
  { value: 'masih-bekerja', label: 'Masih bekerja setelah sekian bulan' },
] as const satisfies readonly Option[];
export type PartnerOutcome = (typeof partnerOutcomes)[number]['value'];
