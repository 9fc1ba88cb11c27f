/**
 * The Indonesian interface of Decap CMS. Decap ships no Indonesian locale, so this one is
 * registered with CMS.registerLocale('id', …). Phrases not translated here fall back to English.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';

type Phrases = { [key: string]: string | Phrases };

/** Deep-merges translations over the English phrases, so no key is ever missing. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? mergePhrases(b, v) : v;
  }
  return out;
}

/** Translations (partial; completed in cms/locale-id.ts as the CMS grows). */
export const idPhrases: Phrases = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk…',
    loginWithGitHub: 'Masuk dengan GitHub',
  },
  app: {
    header: {
      content: 'Konten',
      workflow: 'Alur kerja',
      media: 'Media',
      quickAdd: 'Tambah cepat',
    },
    app: {
      errorHeader: 'Gagal memuat konfigurasi CMS',
      configErrors: 'Kesalahan konfigurasi',
      checkConfigYml: 'Periksa konfigurasi CMS.',
      loadingConfig: 'Memuat konfigurasi…',
      waitingBackend: 'Menunggu backend…',
    },
  },
  collection: {
    sidebar: { collections: 'Koleksi', allCollections: 'Semua koleksi', searchAll: 'Cari semua', searchIn: 'Cari di' },
    collectionTop: { sortBy: 'Urutkan', viewAs: 'Tampilan', newButton: '%{collectionLabel} baru' },
  },
  editor: {
    editorControlPane: { widget: { required: '%{fieldLabel} wajib diisi.' } },
    editor: {
      onLeavePage: 'Yakin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.',
      onPublishingNotReady: 'Ubah status menjadi "Siap" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.',
      onPublishing: 'Yakin menerbitkan entri ini?',
      onDeleteWithUnsavedChanges: 'Yakin menghapus entri ini beserta perubahan yang belum disimpan?',
      onDeletePublishedEntry: 'Yakin menghapus entri yang sudah terbit ini?',
      loadingEntry: 'Memuat entri…',
    },
    editorToolbar: {
      publishing: 'Menerbitkan…',
      publish: 'Terbitkan',
      published: 'Terbit',
      unpublish: 'Batalkan terbit',
      duplicate: 'Gandakan',
      publishAndCreateNew: 'Terbitkan dan buat baru',
      publishAndDuplicate: 'Terbitkan dan gandakan',
      publishNow: 'Terbitkan sekarang',
      save: 'Simpan',
      saving: 'Menyimpan…',
      deleteEntry: 'Hapus entri',
      deletePublishedEntry: 'Hapus entri terbit',
      draft: 'Draf',
      inReview: 'Ditinjau',
      ready: 'Siap',
      status: 'Status: %{status}',
      backCollection: ' Menulis di koleksi %{collectionLabel}',
      unsavedChanges: 'Perubahan belum disimpan',
      changesSaved: 'Perubahan tersimpan',
    },
  },
  workflow: {
    workflow: { loading: 'Memuat entri alur kerja', workflowHeading: 'Alur kerja editorial', newPost: 'Entri baru' },
    workflowList: { draftHeader: 'Draf', inReviewHeader: 'Ditinjau', readyHeader: 'Siap' },
  },
};

/** The complete Indonesian phrase set registered with Decap. */
export const idLocale = mergePhrases(en as unknown as Phrases, idPhrases);
