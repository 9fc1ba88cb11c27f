/**
 * The preview pane: what the news, story and partner previews show for a given entry, and that
 * the render functions produce the site's markup (classes of the real pages) from plain data.
 */
import { describe, expect, test } from 'vitest';
import { fromJS } from 'immutable';
import { newsPreview, newsView } from '../../cms/previews/news';
import { consentStatus, storyPreview, storyView } from '../../cms/previews/story';
import { partnerPreview, partnerView } from '../../cms/previews/partner';
import { settingsPreview, settingsView } from '../../cms/previews/settings';
import { productPreview, productView } from '../../cms/previews/product';
import { servicesPreview, servicesView } from '../../cms/previews/services';
import { employersPreview, employersView } from '../../cms/previews/employers';
import type { H, PreviewProps } from '../../cms/previews/h';

const now = new Date('2026-11-28T10:00:00+07:00');

/** A stand-in for React.createElement that builds a plain tree. */
interface Node {
  type: string;
  props: Record<string, unknown>;
  children: unknown[];
}
const h: H = (type, props, ...children) => ({ type, props: props ?? {}, children });
const textOf = (n: unknown): string =>
  n == null || n === false
    ? ''
    : typeof n === 'string'
      ? n
      : Array.isArray(n)
        ? n.map(textOf).join('')
        : (n as Node).children
          ? (n as Node).children.map(textOf).join('')
          : '';
const find = (n: unknown, pred: (n: Node) => boolean): Node[] => {
  if (!n || typeof n !== 'object') return [];
  const node = n as Node;
  const here = node.type && pred(node) ? [node] : [];
  return [...here, ...(node.children ?? []).flatMap((c) => find(c, pred))];
};
const props = (data: Record<string, unknown>): PreviewProps => ({
  entry: fromJS({ data }) as unknown as PreviewProps['entry'],
  widgetFor: (name) => ({ type: 'div', props: { 'data-widget': name }, children: ['(isi)'] }),
  getAsset: (path) => ({ toString: () => `blob:${path}` }),
});

describe('newsView', () => {
  test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof newsView>>]>([
    ['empty new entry', {}, { title: 'Judul belum diisi', category: 'Kategori belum dipilih', published: 'tanggal belum diisi', notes: [] }],
    [
      'as the CMS holds a new article',
      { title: 'Pelatihan Las', category: 'pembinaan', date: '2026-11-10T09:30:00.000+07:00', author: '' },
      { title: 'Pelatihan Las', category: 'Pembinaan', published: '10 November 2026, 09.30 WIB', byline: 'Oleh Humas Lapas Kelas IIB Purwodadi' },
    ],
    [
      'scheduled',
      { date: '2026-12-01T08:00:00.000+07:00' },
      { notes: ['Terjadwal: tampil di situs pada pembangunan harian pertama setelah 1 Desember 2026, 08.00 WIB.'] },
    ],
    ['draft', { draft: true, date: '2026-11-01T08:00:00.000+07:00' }, { notes: ['Draf: berita ini tidak tampil di situs selama "Draf" aktif.'] }],
    ['empty picture is no picture', { cover: { src: '', alt: '' } }, { cover: undefined }],
    ['tags without blanks', { tags: ['las', ''] }, { tags: ['las'] }],
  ])('%s', (_name, data, expected) => {
    expect(newsView(data, now)).toMatchObject(expected);
  });

  test('a picture without alt is flagged in the preview', () => {
    expect(newsView({ cover: { src: 'images/a.jpg', alt: '' } }, now).notes.join(' ')).toMatch(/teks alternatif/);
  });
});

describe('the news preview template', () => {
  const tree = newsPreview(
    h,
    () => now,
  )(
    props({
      title: 'Pelatihan Las',
      category: 'pembinaan',
      date: '2026-11-10T09:30:00.000+07:00',
      cover: { src: 'images/las.jpg', alt: 'Peserta mengelas.' },
      tags: ['las'],
    }),
  );
  test('uses the article markup of /berita/<slug>/', () => {
    expect(find(tree, (n) => n.type === 'h1').map(textOf)).toEqual(['Pelatihan Las']);
    expect(find(tree, (n) => n.props.className === 'badge').map(textOf)).toEqual(['Pembinaan']);
    expect(find(tree, (n) => n.props.className === 'article-body prose')).toHaveLength(1);
    expect(textOf(tree)).toContain('Diterbitkan 10 November 2026, 09.30 WIB');
  });
  test('shows the uploaded picture with its alt text and the rendered body', () => {
    const [img] = find(tree, (n) => n.type === 'img');
    expect(img!.props).toMatchObject({ src: 'blob:images/las.jpg', alt: 'Peserta mengelas.' });
    expect(find(tree, (n) => n.props['data-widget'] === 'body')).toHaveLength(1);
  });
});

describe('consentStatus', () => {
  const ok = { given: true, date: '2026-10-01', channels: ['situs-web'] };
  test.each<[string, unknown, boolean, RegExp]>([
    ['valid', ok, true, /Persetujuan tertulis tanggal 1 Oktober 2026 untuk: Situs web Lapas\./],
    ['valid with expiry', { ...ok, expires: '2027-10-01' }, true, /berlaku sampai 1 Oktober 2027/],
    ['nothing yet', undefined, false, /belum lengkap/],
    ['not ticked', { ...ok, given: false }, false, /belum lengkap/],
    ['withdrawn', { ...ok, withdrawn: true }, false, /ditarik/],
    ['expired', { ...ok, expires: '2026-11-01' }, false, /masa berlaku/],
    ['not for the website', { ...ok, channels: ['media-cetak'] }, false, /tidak mencakup situs web/],
  ])('%s', (_name, record, expectedOk, text) => {
    const status = consentStatus(record, now);
    expect(status.ok).toBe(expectedOk);
    expect(status.text).toMatch(text);
  });
});

describe('storyView', () => {
  const base = { title: 'Bengkel Sendiri', name: 'Pak S', consent: { given: true, date: '2026-10-01', channels: ['situs-web'] } };
  test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof storyView>>]>([
    ['pseudonym by default', base, { person: 'Pak S (nama samaran)', photo: undefined, photoHidden: false }],
    ['real name', { ...base, pseudonym: false }, { person: 'Pak S' }],
    [
      'photo without permission to show the face is hidden',
      { ...base, photo: { src: 'images/p.jpg', alt: 'Pak S di bengkel.' } },
      { photo: undefined, photoHidden: true },
    ],
    [
      'photo with permission is shown',
      { ...base, showFace: true, photo: { src: 'images/p.jpg', alt: 'Pak S di bengkel.' } },
      { photo: { src: 'images/p.jpg', alt: 'Pak S di bengkel.' }, photoHidden: false },
    ],
  ])('%s', (_name, data, expected) => {
    expect(storyView(data, now)).toMatchObject(expected);
  });

  test('the template puts the consent status first, in a stop box when it does not allow publishing', () => {
    const tree = storyPreview(h, () => now)(props({ title: 'Bengkel Sendiri' }));
    const [first] = find(tree, (n) => n.type === 'aside');
    expect(first!.props.className).toContain('cms-note-stop');
    expect(textOf(first)).toMatch(/Persetujuan belum lengkap/);
  });
});

describe('partnerView', () => {
  test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof partnerView>>]>([
    [
      'labels instead of stored values',
      { name: 'Bapas Pati', kind: 'instansi-pemerintah', status: 'aktif', areas: ['pendampingan-sosial'] },
      { kind: 'Instansi Pemerintah / OPD', status: 'Aktif', areas: ['Pendampingan Sosial'] },
    ],
    ['since as a date', { since: '2024-01-15' }, { since: '15 Januari 2024' }],
    ['exploring', { status: 'dalam-penjajakan' }, { status: 'Dalam Penjajakan', statusValue: 'dalam-penjajakan', exploring: true }],
    ['sample partner', { sample: true, website: 'https://bapaspati.example.id/' }, { sample: true, websiteText: 'bapaspati.example.id' }],
  ])('%s', (_name, data, expected) => {
    expect(partnerView(data)).toMatchObject(expected);
  });

  test('the template shows the name, the kind and the contact', () => {
    const tree = partnerPreview(h)(props({ name: 'Bapas Pati', kind: 'instansi-pemerintah', status: 'aktif', website: 'https://bapaspati.example.id' }));
    expect(find(tree, (n) => n.type === 'h1').map(textOf)).toEqual(['Bapas Pati']);
    expect(find(tree, (n) => n.type === 'a')[0]!.props.href).toBe('https://bapaspati.example.id');
  });

  test('the template is the public partner page: status badge, facts, area chips, exploring and sample notices', () => {
    const tree = partnerPreview(h)(
      props({ name: 'Koperasi', kind: 'dunia-usaha', status: 'dalam-penjajakan', since: '2024-01-15', areas: ['pelatihan-kerja'], sample: true }),
    );
    expect(find(tree, (n) => String(n.props.className).includes('partner-status')).map((n) => [n.props.className, textOf(n)])).toEqual([
      ['partner-status status-dalam-penjajakan', 'Dalam Penjajakan'],
    ]);
    expect(find(tree, (n) => n.type === 'dt').map(textOf)).toEqual(['Bermitra sejak']);
    expect(find(tree, (n) => n.props.className === 'chips').map(textOf)).toEqual(['Pelatihan Kerja']);
    expect(find(tree, (n) => n.props.className === 'consent-note').map(textOf)).toEqual(['Kerja sama dengan mitra ini masih dalam penjajakan.']);
    expect(find(tree, (n) => n.props.className === 'sample-notice').map(textOf)[0]).toMatch(/mitra contoh/);
  });
});

describe('settingsView and the settings preview (/profil/)', () => {
  const data = {
    name: 'Lapas Purwodadi',
    about: 'Paragraf satu.\n\nParagraf dua.',
    phone: '0292 421234',
    whatsapp: '0812 0000 0000',
    email: 'humas@contoh.go.id',
    sample: true,
  };
  test('reads the form as the profile page does', () => {
    expect(settingsView(data)).toMatchObject({ about: ['Paragraf satu.', 'Paragraf dua.'], sample: true });
  });
  test('the template has the profile page’s parts and the sample-contact notice', () => {
    const tree = settingsPreview(h)(props(data));
    // Visiting lives on /layanan/ now: the profile links there instead of repeating it.
    expect(find(tree, (n) => n.type === 'a' && n.props.href === '/layanan/#kunjungan')).toHaveLength(1);
    expect(find(tree, (n) => n.props.className === 'contact-list').map(textOf)[0]).toContain('0292 421234');
    expect(find(tree, (n) => n.props.className === 'sample-notice')).toHaveLength(1);
    // A number still being typed never breaks the preview.
    expect(() => settingsPreview(h)(props({ ...data, whatsapp: 'x' }))).not.toThrow();
  });
});

describe('productView and the product preview (/karya/<slug>/)', () => {
  const work = {
    name: 'Keripik',
    kind: 'produk',
    category: 'makanan-minuman',
    availability: 'tersedia',
    photosChecked: true,
    price: { basis: 'tetap', amount: 15000 },
    unit: 'bungkus',
    minOrder: 10,
  };
  test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof productView>>]>([
    [
      'labels and the price as the site writes it',
      work,
      { kind: 'Produk', category: 'Makanan dan Minuman', price: 'Rp15.000 per bungkus', minOrder: '10 bungkus', notes: [] },
    ],
    [
      'a range typed as text in the number fields',
      { ...work, price: { basis: 'rentang', amount: '350000', upTo: '600000' } },
      { price: 'Rp350.000–600.000 per bungkus' },
    ],
    ['per order', { ...work, price: { basis: 'sesuai-pesanan', amount: 9000 } }, { price: 'Sesuai pesanan' }],
    ['sold out', { ...work, availability: 'habis' }, { soldOut: true, availability: 'Sedang habis' }],
  ])('%s', (_name, data, expected) => expect(productView(data)).toMatchObject(expected));

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['photos not confirmed', { ...work, photosChecked: false }, /Foto tanpa wajah dan nama warga binaan.*tidak bisa disimpan/],
    ['a range without its top', { ...work, price: { basis: 'rentang', amount: 1000 } }, /Harga tertinggi \(Rp\)" wajib diisi/],
    ['a draft', { ...work, draft: true }, /Draf: karya ini tidak tampil/],
  ])('notes for the editor: %s', (_name, data, note) => expect(productView(data).notes.join(' ')).toMatch(note));

  test('the template is the public product page: facts, availability badge, photos, body', () => {
    const tree = productPreview(h)(
      props({
        ...work,
        photos: [
          { src: 'images/a.jpg', alt: 'Kemasan.' },
          { src: 'images/b.jpg', alt: 'Isi.' },
        ],
        sample: true,
      }),
    );
    expect(find(tree, (n) => n.type === 'h1').map(textOf)).toEqual(['Keripik']);
    expect(find(tree, (n) => n.type === 'dt').map(textOf)).toEqual(['Harga', 'Ketersediaan', 'Pesanan minimal']);
    expect(find(tree, (n) => String(n.props.className).startsWith('availability ')).map((n) => n.props.className)).toEqual([
      'availability availability-tersedia',
    ]);
    expect(find(tree, (n) => n.type === 'img').map((n) => [n.props.src, n.props.alt])).toEqual([
      ['blob:images/a.jpg', 'Kemasan.'],
      ['blob:images/b.jpg', 'Isi.'],
    ]);
    expect(find(tree, (n) => n.props['data-widget'] === 'body')).toHaveLength(1);
    expect(find(tree, (n) => n.props.className === 'sample-notice').map(textOf)[0]).toMatch(/karya contoh/);
    expect(find(tree, (n) => n.props.className === 'cms-note')).toHaveLength(0);
  });
});

describe('servicesView and the services preview (/layanan/)', () => {
  const data = {
    intro: 'Layanan untuk keluarga.',
    visiting: { schedule: [{ days: 'Senin', hours: '08.30 – 14.00 WIB' }], bring: ['KTP asli.', ''], booking: 'Daftar di loket.', sample: true },
    procedures: [
      {
        procedure: 'pembebasan-bersyarat',
        what: 'Bebas dengan syarat.\n\nDibimbing Bapas.',
        steps: ['Litmas.', 'Sidang TPP.'],
        where: 'Bapas Pati',
        legalBasis: 'UU Nomor 22 Tahun 2022',
        sample: true,
      },
    ],
    complaints: [
      { name: 'WhatsApp Lapas', kind: 'whatsapp-lapas', description: 'Pengaduan.' },
      { name: 'LAPOR!', kind: 'situs', url: 'https://www.lapor.go.id/', description: 'Online.' },
    ],
    ikm: [
      { period: 'Semester I 2026', score: 89.02, source: 'Laporan SKM', sample: true },
      { period: 'Semester II 2026', score: 'x', source: '' },
    ],
  };
  test('reads the form as the page does: procedure names from the list, channel addresses, decimal commas', () => {
    const v = servicesView(data, '0812 0000 0000');
    expect(v.procedures[0]).toMatchObject({ name: 'Pembebasan bersyarat', what: ['Bebas dengan syarat.', 'Dibimbing Bapas.'], sample: true });
    expect(v.complaints.map((c) => c.address)).toEqual(['0812 0000 0000', 'www.lapor.go.id']);
    expect(v.visiting.bring).toEqual(['KTP asli.']);
    expect(v.ikm.map((p) => p.score)).toEqual(['89,02', '–']);
  });
  test('the template says "tanpa dipungut biaya" on the page and under every procedure, and marks samples', () => {
    const tree = servicesPreview(h)(props(data));
    expect(find(tree, (n) => n.props.className === 'free').map(textOf)[0]).toContain('tanpa dipungut biaya');
    expect(find(tree, (n) => n.props.className === 'free-line').map(textOf)).toEqual(['Tanpa dipungut biaya.']);
    expect(find(tree, (n) => n.props.className === 'meta legal').map(textOf)).toEqual(['Dasar hukum: UU Nomor 22 Tahun 2022']);
    expect(find(tree, (n) => n.props.className === 'badge').length).toBe(3);
    // A half-typed form never breaks the preview.
    expect(() => servicesPreview(h)(props({ procedures: [{}], complaints: [{ kind: 'situs' }], visiting: null }))).not.toThrow();
  });
});

describe('employersView and the employers preview (/bermitra/)', () => {
  const data = {
    title: 'Bermitra',
    routes: {
      heading: 'Tiga jalur',
      items: [
        {
          route: 'asimilasi',
          title: 'Kerja asimilasi',
          business: 'Menyediakan pekerjaan.',
          bapas: 'Litmas.',
          legalBasis: 'UU 22/2022',
          timeline: '2 bulan',
          firstStep: 'Undang petugas.',
          sample: true,
        },
      ],
    },
    ways: { heading: 'Cara lain', items: [{ way: 'csr', body: 'Dukung sarana.' }] },
    steps: { heading: 'Langkah', items: [{ title: 'Hubungi', body: 'Kirim pesan.' }] },
  };
  test('each route has its six parts in order and the name the contact form offers', () => {
    const v = employersView(data);
    expect(v.routes.items[0]!.parts.map((p) => p.label)).toEqual([
      'Yang dilakukan usaha Anda',
      'Yang dilakukan Lapas',
      'Yang dilakukan Bapas',
      'Dasar hukum',
      'Perkiraan waktu',
      'Langkah pertama',
    ]);
    expect(v.routes.items[0]!.choice).toBe('Mempekerjakan warga binaan asimilasi di luar Lapas');
    expect(v.ways.items[0]!.title).toBe('Program CSR');
  });
  test('the template shows the routes, the steps and the draft badge', () => {
    const tree = employersPreview(h)(props(data));
    expect(find(tree, (n) => n.type === 'dt').map(textOf)).toHaveLength(6);
    expect(find(tree, (n) => n.props.className === 'steps').map(textOf)[0]).toContain('Kirim pesan.');
    expect(find(tree, (n) => n.props.className === 'badge').map(textOf)).toEqual(['Draf']);
    expect(() => employersPreview(h)(props({}))).not.toThrow();
  });
});

describe('the partner preview shows the pledge and the outcomes', () => {
  const data = {
    name: 'CV Contoh',
    pledgeDate: '2026-08-17',
    pledgeStatement: 'Kami berikrar.',
    outcomes: [{ measure: 'masih-bekerja', value: 2, months: 6, period: '2025', source: 'Laporan HRD' }],
  };
  test('pledge with its date in WIB words, outcome with its source', () => {
    const v = partnerView(data);
    expect(v.pledge).toEqual({ date: '17 Agustus 2026', statement: 'Kami berikrar.' });
    expect(v.outcomes).toEqual([{ value: '2 orang', text: 'Masih bekerja setelah 6 bulan, periode 2025', source: 'Laporan HRD' }]);
    const tree = partnerPreview(h)(props(data));
    expect(find(tree, (n) => n.props.className === 'pledge').map(textOf)[0]).toContain('Kami berikrar.');
    // As on the page: the badge above the name, the number in bold.
    expect(find(tree, (n) => n.props.className === 'badge pledge-badge').map(textOf)).toEqual(['Mitra Peluang Kedua']);
    expect(find(tree, (n) => n.type === 'strong').map(textOf)).toEqual(['2 orang']);
  });
  test('half a pledge is named in the editor note', () => {
    expect(partnerView({ ...data, pledgeStatement: '' }).notes[0]).toMatch(/^"Isi ikrar" wajib diisi/);
  });
});
