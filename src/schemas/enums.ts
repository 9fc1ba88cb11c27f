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
