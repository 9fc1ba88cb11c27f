import type { CmsBackend, CmsPublishMode } from 'decap-cms-core';

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

/** The git hosts the CMS can log in to (docs/go-live.md explains each path). */
export const BACKENDS = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendName = (typeof BACKENDS)[number];

/** The login button each backend shows (Decap's phrases, cms/locale-id.ts). */
export const LOGIN_BUTTONS: Record<BackendName, string> = {
  github: 'Masuk dengan GitHub',
  gitlab: 'Masuk dengan GitLab',
  gitea: 'Masuk dengan Gitea',
  forgejo: 'Masuk dengan Forgejo',
};

const https = (key: string, value: string) => {
  if (!/^https:\/\/[^\s/]+/.test(value)) throw new Error(`${key}="${value}" harus alamat https://.`);
  return value.replace(/\/+$/, '');
};

/**
 * The production backend, set at build time from the host's environment variables
 * (docs/go-live.md), so going live needs no code change. This is the one place that chooses it.
 * - PUBLIC_CMS_BACKEND: github (default), gitlab, gitea or forgejo;
 * - PUBLIC_CMS_REPO: "owner/name" of the site repository (GitLab: groups allowed, "grup/sub/nama");
 * - PUBLIC_CMS_BRANCH: the published branch (default main);
 * - GitHub: PUBLIC_CMS_AUTH_URL (+ PUBLIC_CMS_AUTH_ENDPOINT) for an own OAuth provider when the
 *   site is not on Netlify (on Netlify, Netlify's OAuth service is used and nothing needs setting);
 * - GitLab, Gitea, Forgejo: PUBLIC_CMS_APP_ID, the OAuth application's client ID (login with PKCE:
 *   no OAuth server to run), and PUBLIC_CMS_BASE_URL, the host's address (GitLab: default
 *   https://gitlab.com; Gitea/Forgejo: required, e.g. https://codeberg.org); the API address is
 *   derived from it (/api/v4 on GitLab, /api/v1 on Gitea and Forgejo).
 */
export function productionBackend(env: Record<string, string | undefined>): CmsBackend {
  const value = (key: string) => env[key]?.trim() || undefined;
  const name = (value('PUBLIC_CMS_BACKEND')?.toLowerCase() ?? 'github') as BackendName;
  if (!BACKENDS.includes(name)) {
    throw new Error(`PUBLIC_CMS_BACKEND="${value('PUBLIC_CMS_BACKEND')}" tidak dikenal; pilih salah satu: ${BACKENDS.join(', ')}.`);
  }
  const repo = value('PUBLIC_CMS_REPO') ?? DEFAULT_REPO;
  const repoShape = name === 'gitlab' ? /^[\w.-]+(\/[\w.-]+)+$/ : /^[\w.-]+\/[\w.-]+$/;
  if (!repoShape.test(repo)) {
    throw new Error(`PUBLIC_CMS_REPO="${repo}" bukan nama repositori ${name}; tulis seperti pemilik/nama-repo.`);
  }
  const backend: CmsBackend = { name, repo, branch: value('PUBLIC_CMS_BRANCH') ?? 'main', commit_messages: commitMessages };
  if (name === 'github') {
    const authUrl = value('PUBLIC_CMS_AUTH_URL');
    if (authUrl) {
      backend.base_url = https('PUBLIC_CMS_AUTH_URL', authUrl);
      backend.auth_endpoint = value('PUBLIC_CMS_AUTH_ENDPOINT') ?? 'auth';
    }
    return backend;
  }
  const appId = value('PUBLIC_CMS_APP_ID');
  if (!appId) throw new Error(`PUBLIC_CMS_APP_ID belum diisi: untuk ${name}, salin "Application ID"/"Client ID" aplikasi OAuth (docs/go-live.md).`);
  const base = value('PUBLIC_CMS_BASE_URL') ?? (name === 'gitlab' ? 'https://gitlab.com' : undefined);
  if (!base) throw new Error(`PUBLIC_CMS_BASE_URL belum diisi: alamat server ${name}, misalnya https://codeberg.org.`);
  const baseUrl = https('PUBLIC_CMS_BASE_URL', base);
  const extra: Record<string, string> =
    name === 'gitlab'
      ? { auth_type: 'pkce', app_id: appId, base_url: baseUrl, api_root: `${baseUrl}/api/v4` }
      : { app_id: appId, base_url: baseUrl, api_root: `${baseUrl}/api/v1` };
  return { ...backend, ...extra } as CmsBackend;
}

/** The hosts the CMS must reach for a backend: the admin page's policy allows them (src/lib/security-headers.ts). */
export function gitHostsOf(backend: CmsBackend): { connect: string[]; img: string[]; form: string[] } {
  if (backend.name === 'github') {
    return {
      connect: ['https://api.github.com', 'https://github.com'],
      img: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
      form: ['https://github.com'],
    };
  }
  const origin = new URL(String(backend.base_url)).origin;
  // Avatars of GitLab users come from Gravatar unless the host keeps them itself.
  return { connect: [origin], img: backend.name === 'gitlab' ? [origin, 'https://secure.gravatar.com'] : [origin], form: [origin] };
}

/**
 * The publishing mode a backend allows: the editorial workflow (draft → in review → ready, the
 * Kalapas approves in the CMS) everywhere except Decap's Gitea backend, which refuses it ("does
 * not support editorial workflow"): there an entry is published when saved.
 */
export function publishModeFor(backend: CmsBackend): CmsPublishMode {
  return backend.name === 'gitea' ? 'simple' : 'editorial_workflow';
}
