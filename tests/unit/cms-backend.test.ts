/** The production CMS backend is set from the host's environment, with clear messages when wrong. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_REPO, gitHostsOf, productionBackend, publishModeFor } from '../../cms/backend';
import { ADMIN_CSP, GITHUB_HOSTS, adminCspFor } from '../../src/lib/security-headers';

describe('productionBackend', () => {
  test.each<[string, Record<string, string>, Record<string, unknown>]>([
    ['nothing set: the default repository on main, Netlify OAuth', {}, { name: 'github', repo: DEFAULT_REPO, branch: 'main' }],
    [
      'own repository and branch',
      { PUBLIC_CMS_REPO: ' humas-lapas/situs-web ', PUBLIC_CMS_BRANCH: 'utama' },
      { repo: 'humas-lapas/situs-web', branch: 'utama' },
    ],
    ['empty values count as unset', { PUBLIC_CMS_REPO: '', PUBLIC_CMS_AUTH_URL: ' ' }, { repo: DEFAULT_REPO }],
    [
      'own OAuth provider',
      { PUBLIC_CMS_AUTH_URL: 'https://auth.lapaspurwodadi.example.id/' },
      { base_url: 'https://auth.lapaspurwodadi.example.id', auth_endpoint: 'auth' },
    ],
    [
      'own OAuth provider with its endpoint',
      { PUBLIC_CMS_AUTH_URL: 'https://auth.example.id', PUBLIC_CMS_AUTH_ENDPOINT: 'oauth/authorize' },
      { auth_endpoint: 'oauth/authorize' },
    ],
  ])('%s', (_name, env, expected) => {
    const backend = productionBackend(env);
    expect(backend).toMatchObject(expected);
    // Without an own provider Decap uses Netlify's OAuth service (its default base_url).
    if (!env.PUBLIC_CMS_AUTH_URL?.trim()) expect(backend).not.toHaveProperty('base_url');
  });

  test.each<[string, Record<string, string>, Record<string, unknown>]>([
    [
      'GitLab.com with PKCE: only the application ID',
      { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'humas-lapas/situs', PUBLIC_CMS_APP_ID: 'abc123' },
      { name: 'gitlab', repo: 'humas-lapas/situs', auth_type: 'pkce', app_id: 'abc123', base_url: 'https://gitlab.com', api_root: 'https://gitlab.com/api/v4' },
    ],
    [
      'GitLab in a group, self-hosted',
      {
        PUBLIC_CMS_BACKEND: 'GitLab',
        PUBLIC_CMS_REPO: 'kemenkumham/jateng/lapas-purwodadi',
        PUBLIC_CMS_APP_ID: 'x',
        PUBLIC_CMS_BASE_URL: 'https://git.example.go.id/',
      },
      { repo: 'kemenkumham/jateng/lapas-purwodadi', base_url: 'https://git.example.go.id', api_root: 'https://git.example.go.id/api/v4' },
    ],
    [
      'Forgejo (Codeberg)',
      { PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'uuid-1', PUBLIC_CMS_BASE_URL: 'https://codeberg.org' },
      { name: 'forgejo', app_id: 'uuid-1', base_url: 'https://codeberg.org', api_root: 'https://codeberg.org/api/v1' },
    ],
    [
      'Gitea, own server',
      { PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_APP_ID: 'uuid-2', PUBLIC_CMS_BASE_URL: 'https://gitea.example.id' },
      { name: 'gitea', app_id: 'uuid-2', base_url: 'https://gitea.example.id', api_root: 'https://gitea.example.id/api/v1' },
    ],
  ])('login without GitHub: %s', (_name, env, expected) => {
    expect(productionBackend(env)).toMatchObject(expected);
  });

  test.each<[string, 'simple' | 'editorial_workflow']>([
    ['github', 'editorial_workflow'],
    ['gitlab', 'editorial_workflow'],
    ['forgejo', 'editorial_workflow'],
    // Decap's Gitea backend refuses the editorial workflow.
    ['gitea', 'simple'],
  ])('%s publishes with %s', (name, mode) => {
    expect(publishModeFor({ name } as never)).toBe(mode);
  });

  test.each([
    [{ PUBLIC_CMS_REPO: 'https://github.com/lapas/situs' }, /bukan nama repositori github/],
    [{ PUBLIC_CMS_AUTH_URL: 'http://auth.example.id' }, /harus alamat https/],
    [{ PUBLIC_CMS_BACKEND: 'bitbucket' }, /tidak dikenal; pilih salah satu: github, gitlab, gitea, forgejo/],
    [{ PUBLIC_CMS_BACKEND: 'gitlab' }, /PUBLIC_CMS_APP_ID belum diisi/],
    [{ PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'x' }, /PUBLIC_CMS_BASE_URL belum diisi/],
    [{ PUBLIC_CMS_BACKEND: 'gitea', PUBLIC_CMS_APP_ID: 'x', PUBLIC_CMS_BASE_URL: 'http://gitea.example.id' }, /harus alamat https/],
  ])('refuses %o', (env, message) => {
    expect(() => productionBackend(env)).toThrow(message);
  });

  test('commits are described in Indonesian', () => {
    expect(productionBackend({}).commit_messages?.create).toBe('Tambah {{collection}} "{{slug}}"');
  });

  test('the admin page may reach the chosen git service, and only that one', () => {
    expect(gitHostsOf(productionBackend({}))).toEqual(GITHUB_HOSTS);
    expect(adminCspFor(gitHostsOf(productionBackend({})))).toBe(ADMIN_CSP);
    const gitlab = adminCspFor(gitHostsOf(productionBackend({ PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_APP_ID: 'x' })));
    expect(gitlab).toContain("connect-src 'self' blob: https://gitlab.com;");
    expect(gitlab).not.toContain('github');
    const forgejo = adminCspFor(
      gitHostsOf(productionBackend({ PUBLIC_CMS_BACKEND: 'forgejo', PUBLIC_CMS_APP_ID: 'x', PUBLIC_CMS_BASE_URL: 'https://codeberg.org' })),
    );
    expect(forgejo).toContain("connect-src 'self' blob: https://codeberg.org;");
  });
});
