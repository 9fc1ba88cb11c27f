import type { CmsBackend } from 'decap-cms-core';

/** The repository the CMS writes to when nothing else is configured. */
export const DEFAULT_REPO = 'lapas-purwodadi/situs';

/** Commit messages in Indonesian, as they appear in the repository history. */
const commitMessages = {
  create: 'Tambah {{collection}} "{{slug}}"',
  update: 'Ubah {{collection}} "{{slug}}"',
  delete: 'Hapus {{collection}} "{{slug}}"',
  uploadMedia: 'Unggah "{{path}}"',
  deleteMedia: 'Hapus "{{path}}"',
};

/**
 * The production backend: GitHub, set at build time from the host's environment variables
 * (docs/go-live.md), so going live needs no code change:
 * - PUBLIC_CMS_REPO: "owner/name" of the site repository;
 * - PUBLIC_CMS_BRANCH: the published branch (default main);
 * - PUBLIC_CMS_AUTH_URL (+ PUBLIC_CMS_AUTH_ENDPOINT): an own OAuth provider, when the site is not
 *   on Netlify (on Netlify, Netlify's OAuth service is used and nothing needs setting).
 */
export function productionBackend(env: Record<string, string | undefined>): CmsBackend {
  const value = (key: string) => env[key]?.trim() || undefined;
  const repo = value('PUBLIC_CMS_REPO') ?? DEFAULT_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new Error(`PUBLIC_CMS_REPO="${repo}" bukan nama repositori GitHub; tulis seperti pemilik/nama-repo.`);
  }
  const backend: CmsBackend = { name: 'github', repo, branch: value('PUBLIC_CMS_BRANCH') ?? 'main', commit_messages: commitMessages };
  const authUrl = value('PUBLIC_CMS_AUTH_URL');
  if (authUrl) {
    if (!/^https:\/\/[^\s/]+/.test(authUrl)) throw new Error(`PUBLIC_CMS_AUTH_URL="${authUrl}" harus alamat https://.`);
    backend.base_url = authUrl.replace(/\/+$/, '');
    backend.auth_endpoint = value('PUBLIC_CMS_AUTH_ENDPOINT') ?? 'auth';
  }
  return backend;
}
