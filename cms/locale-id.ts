/**
 * The Indonesian interface of Decap CMS, complete: Decap ships no Indonesian locale, so this one
 * is registered with CMS.registerLocale('id', …). Every key of Decap's English phrases
 * (decap-cms-locales/src/en) has a translation here with the same %{placeholders}
 * (tests/unit/cms-locale.test.ts). Words follow what humas staff say: "entri", "terbitkan",
 * "draf", "ditinjau", "siap".
 * Polyglot treats "id" as a language without plural forms, so plural variants ("a |||| b") are
 * written once.
 */

/** A tree of phrases, as Decap's locales are. */
export type Phrases = { [key: string]: string | Phrases };

/** Every phrase of the Decap interface in Indonesian. */
export const idPhrases = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk…',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
    loginWithAzure: 'Masuk dengan Azure',
    loginWithBitbucket: 'Masuk dengan Bitbucket',
    loginWithGitHub: 'Masuk dengan GitHub',
    loginWithGitLab: 'Masuk dengan GitLab',
    loginWithGitea: 'Masuk dengan Gitea',
    loginWithForgejo: 'Masuk dengan Forgejo',
    errors: {
      email: 'Isi alamat e-mail Anda.',
      password: 'Isi kata sandi Anda.',
      identitySettings:
        'Pengaturan identitas tidak dapat dibuka. Bila memakai backend git-gateway, pastikan layanan Identity dan Git Gateway sudah diaktifkan.',
    },
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
      checkConfigYml: 'Periksa konfigurasi CMS (cms/config.ts).',
      loadingConfig: 'Memuat konfigurasi…',
      waitingBackend: 'Menunggu backend…',
    },
    notFoundPage: {
      header: 'Halaman tidak ditemukan',
    },
  },
  collection: {
    sidebar: {
      collections: 'Koleksi',
      allCollections: 'Semua koleksi',
      searchAll: 'Cari di semua koleksi',
      searchIn: 'Cari di',
    },
    collectionTop: {
      sortBy: 'Urutkan',
      viewAs: 'Tampilan',
      viewAsList: 'Tampilan daftar',
      viewAsGrid: 'Tampilan kisi',
      newButton: '＋ %{collectionLabel} baru',
      newButtonAriaLabel: 'Buat entri %{collectionLabel} baru',
      ascending: 'Naik',
      descending: 'Turun',
      searchResults: 'Hasil pencarian "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian "%{searchTerm}" di %{collection}',
      filterBy: 'Saring menurut',
      groupBy: 'Kelompokkan menurut',
    },
    entries: {
      loadingEntries: 'Memuat entri…',
      cachingEntries: 'Menyiapkan entri…',
      longerLoading: 'Ini bisa memakan waktu beberapa menit',
      noEntries: 'Belum ada entri',
      unpublishedHeader: 'Entri belum terbit',
    },
    groups: {
      other: 'Lainnya',
      negateLabel: 'Bukan %{label}',
    },
    defaultFields: {
      author: {
        label: 'Penulis',
      },
      updatedOn: {
        label: 'Diperbarui pada',
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: 'tidak wajib',
        widgetLabel: 'kolom %{widgetLabel}',
      },
    },
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} wajib diisi.',
        regexPattern: '%{fieldLabel} belum benar: %{pattern}',
        processing: '%{fieldLabel} sedang diproses.',
        range: '%{fieldLabel} harus antara %{minValue} dan %{maxValue}.',
        min: '%{fieldLabel} paling sedikit %{minValue}.',
        max: '%{fieldLabel} paling banyak %{maxValue}.',
        rangeCount: '%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.',
        rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
        rangeMin: '%{fieldLabel} harus berisi paling sedikit %{minCount} butir.',
        rangeMax: '%{fieldLabel} paling banyak berisi %{maxCount} butir.',
        invalidPath: `'%{path}' bukan alamat yang benar`,
        pathExists: `Alamat '%{path}' sudah dipakai`,
      },
      i18n: {
        writingInLocale: 'Menulis dalam bahasa %{locale}',
        copyFromLocale: 'Isi dari bahasa lain',
        copyFromLocaleConfirm:
          'Isi dengan data dari bahasa %{locale}?\nSemua isi yang sudah ada akan tertimpa.',
      },
    },
    editor: {
      onLeavePage: 'Yakin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.',
      onUpdatingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.',
      onPublishingNotReady: 'Ubah status menjadi "Siap" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges: 'Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.',
      onPublishing: 'Yakin menerbitkan entri ini?',
      onUnpublishing: 'Yakin membatalkan terbit entri ini?',
      onDeleteWithUnsavedChanges:
        'Yakin menghapus entri yang sudah terbit ini, beserta perubahan yang belum disimpan?',
      onDeletePublishedEntry: 'Yakin menghapus entri yang sudah terbit ini?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Semua perubahan yang belum terbit pada entri ini akan dihapus, beserta perubahan yang belum disimpan. Tetap hapus?',
      onDeleteUnpublishedChanges: 'Semua perubahan yang belum terbit pada entri ini akan dihapus. Tetap hapus?',
      loadingEntry: 'Memuat entri…',
      confirmLoadBackup: 'Ada cadangan lokal entri ini yang belum disimpan. Pakai cadangan itu?',
    },
    editorInterface: {
      toggleI18n: 'Tampilkan/sembunyikan bahasa lain',
      togglePreview: 'Tampilkan/sembunyikan pratinjau',
      toggleScrollSync: 'Gulir bersamaan',
      toggleNotes: 'Tampilkan/sembunyikan catatan',
    },
    editorNotesPane: {
      title: 'Catatan',
      emptyState: 'Belum ada catatan. Tulis catatan pertama di bawah untuk mulai berdiskusi.',
      addNote: 'Tambah catatan',
      addPlaceholder: 'Tulis catatan…',
      editPlaceholder: 'Ubah catatan Anda…',
      save: 'Simpan',
      cancel: 'Batal',
      edit: 'Ubah',
      delete: 'Hapus',
      resolve: 'Tandai selesai',
      unresolve: 'Buka lagi',
      confirmDelete: 'Yakin menghapus catatan ini?',
      shortcut: 'Tip: tekan Ctrl+Enter untuk menambah catatan dengan cepat',
    },
    editorToolbar: {
      publishing: 'Menerbitkan…',
      publish: 'Terbitkan',
      published: 'Sudah terbit',
      unpublish: 'Batalkan terbit',
      duplicate: 'Gandakan',
      unpublishing: 'Membatalkan terbit…',
      publishAndCreateNew: 'Terbitkan lalu buat baru',
      publishAndDuplicate: 'Terbitkan lalu gandakan',
      deleteUnpublishedChanges: 'Hapus perubahan yang belum terbit',
      deleteUnpublishedEntry: 'Hapus entri yang belum terbit',
      deletePublishedEntry: 'Hapus entri yang sudah terbit',
      deleteEntry: 'Hapus entri',
      saving: 'Menyimpan…',
      save: 'Simpan',
      statusInfoTooltipDraft:
        'Status entri: draf. Bila sudah selesai, ubah status menjadi "Ditinjau" agar Kalapas dapat memeriksanya.',
      statusInfoTooltipInReview:
        'Entri sedang ditinjau; Anda tidak perlu berbuat apa-apa. Anda tetap boleh mengubahnya selama ditinjau.',
      deleting: 'Menghapus…',
      updating: 'Memperbarui…',
      status: 'Status: %{status}',
      backCollection: ' Menulis di koleksi %{collectionLabel}',
      unsavedChanges: 'Perubahan belum disimpan',
      changesSaved: 'Perubahan tersimpan',
      draft: 'Draf',
      inReview: 'Ditinjau',
      ready: 'Siap terbit',
      publishNow: 'Terbitkan sekarang',
      deployPreviewPendingButtonLabel: 'Periksa pratinjau',
      deployPreviewButtonLabel: 'Lihat pratinjau',
      deployButtonLabel: 'Lihat di situs',
    },
    editorWidgets: {
      markdown: {
        bold: 'Tebal',
        italic: 'Miring',
        strikethrough: 'Coret',
        code: 'Kode',
        link: 'Tautan',
        linkPrompt: 'Masukkan alamat (URL) tautan',
        headings: 'Judul bagian',
        quote: 'Kutipan',
        bulletedList: 'Daftar berbutir',
        numberedList: 'Daftar bernomor',
        addComponent: 'Tambah komponen',
        richText: 'Teks kaya',
        markdown: 'Markdown',
        toggleMode: {
          rich: 'Beralih ke mode teks kaya',
          markdown: 'Beralih ke mode Markdown',
        },
      },
      image: {
        choose: 'Pilih foto',
        chooseMultiple: 'Pilih foto-foto',
        chooseUrl: 'Sisipkan dari URL',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan alamat (URL) foto',
        chooseDifferent: 'Pilih foto lain',
        addMore: 'Tambah foto',
        remove: 'Hapus foto',
        removeAll: 'Hapus semua foto',
      },
      file: {
        choose: 'Pilih berkas',
        chooseUrl: 'Sisipkan dari URL',
        chooseMultiple: 'Pilih berkas-berkas',
        replaceUrl: 'Ganti dengan URL',
        promptUrl: 'Masukkan alamat (URL) berkas',
        chooseDifferent: 'Pilih berkas lain',
        addMore: 'Tambah berkas',
        remove: 'Hapus berkas',
        removeAll: 'Hapus semua berkas',
      },
      unknownControl: {
        noControl: "Tidak ada kontrol untuk widget '%{widget}'.",
      },
      unknownPreview: {
        noPreview: "Tidak ada pratinjau untuk widget '%{widget}'.",
      },
      headingOptions: {
        headingOne: 'Judul 1',
        headingTwo: 'Judul 2',
        headingThree: 'Judul 3',
        headingFour: 'Judul 4',
        headingFive: 'Judul 5',
        headingSix: 'Judul 6',
      },
      datetime: {
        now: 'Sekarang',
        clear: 'Kosongkan',
        setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
      },
      list: {
        add: 'Tambah %{item}',
        addType: 'Tambah %{item}',
      },
      object: {
        expand: 'Buka',
        collapse: 'Tutup',
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Draf',
      copy: 'Salin',
      copyUrl: 'Salin URL',
      copyPath: 'Salin alamat berkas',
      copyName: 'Salin nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Yakin menghapus media yang dipilih?',
      fileTooLarge: 'Berkas terlalu besar.\nUkuran berkas paling besar %{size} kB.',
    },
    mediaLibraryModal: {
      loading: 'Memuat…',
      close: 'Tutup',
      noResults: 'Tidak ada hasil.',
      noAssetsFound: 'Belum ada berkas.',
      noImagesFound: 'Belum ada foto.',
      private: 'Pribadi ',
      images: 'Foto',
      mediaAssets: 'Berkas media',
      search: 'Cari…',
      uploading: 'Mengunggah…',
      upload: 'Unggah',
      download: 'Unduh',
      deleting: 'Menghapus…',
      deleteSelected: 'Hapus yang dipilih',
      chooseSelected: 'Pakai yang dipilih',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Kembali ke situs',
    },
    errorBoundary: {
      title: 'Terjadi kesalahan',
      details: 'Terjadi kesalahan. Mohon ',
      reportIt: 'laporkan di GitHub.',
      detailsHeading: 'Rincian',
      privacyWarning:
        'Laporan akan otomatis berisi pesan kesalahan dan data teknis.\nPeriksa isinya dan hapus data pribadi bila ada.',
      recoveredEntry: {
        heading: 'Dokumen yang diselamatkan',
        warning: 'Salin dan tempel isi ini ke tempat lain sebelum meninggalkan halaman!',
        copyButtonLabel: 'Salin ke papan klip',
      },
    },
    settingsDropdown: {
      logOut: 'Keluar',
      account: 'Menu akun',
    },
    toast: {
      onFailToLoadEntries: 'Gagal memuat entri: %{details}',
      onFailToLoadDeployPreview: 'Gagal memuat pratinjau: %{details}',
      onFailToPersist: 'Entri belum tersimpan. %{details}',
      onFailToDelete: 'Gagal menghapus entri: %{details}',
      onFailToUpdateStatus: 'Gagal mengubah status: %{details}',
      missingRequiredField: 'Ada kolom wajib yang belum diisi. Lengkapi kolom yang ditandai merah, lalu simpan lagi.',
      entrySaved: 'Entri tersimpan',
      entryPublished: 'Entri terbit',
      entryUnpublished: 'Entri batal terbit',
      onFailToPublishEntry: 'Gagal menerbitkan: %{details}',
      onFailToUnpublishEntry: 'Gagal membatalkan terbit: %{details}',
      entryUpdated: 'Status entri diperbarui',
      onDeleteUnpublishedChanges: 'Perubahan yang belum terbit dihapus',
      noteAdded: 'Catatan ditambahkan',
      onFailToAddNote: 'Gagal menambah catatan: %{details}',
      noteUpdated: 'Catatan diperbarui',
      onFailToUpdateNote: 'Gagal memperbarui catatan: %{details}',
      noteDeleted: 'Catatan dihapus',
      onFailToDeleteNote: 'Gagal menghapus catatan: %{details}',
      noteResolved: 'Catatan ditandai selesai',
      noteReopened: 'Catatan dibuka lagi',
      onFailToToggleNote: 'Gagal mengubah status catatan: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Anda telah keluar. Simpan cadangan isi yang belum tersimpan, lalu masuk lagi.',
      onBackendDown: 'Layanan backend sedang terganggu. Lihat %{details} untuk informasi lebih lanjut.',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat entri alur kerja',
      workflowHeading: 'Alur kerja redaksi',
      newPost: 'Tulisan baru',
      description: '%{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit.',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus entri baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan entri baru',
    },
    workflowList: {
      onDeleteEntry: 'Yakin menghapus entri ini?',
      onPublishingNotReadyEntry:
        'Hanya entri berstatus "Siap terbit" yang bisa diterbitkan. Geser kartunya ke kolom "Siap terbit" lebih dulu.',
      onPublishEntry: 'Yakin menerbitkan entri ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Ditinjau',
      readyHeader: 'Siap terbit',
      currentEntries: '%{smart_count} entri',
    },
  },
} satisfies Phrases;

/** The phrase set registered with Decap as locale "id". */
export const idLocale: Phrases = idPhrases;
