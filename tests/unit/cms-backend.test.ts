/** The production CMS backend is set from the host's environment, with clear messages when wrong. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_REPO, productionBackend } from '../../cms/backend';

describe('productionBackend', () => {
  test.each<[string, Record<string, string>, Record<string, unknown>]>([
    ['nothing set: the default repository on main, Netlify OAuth', {}, { name: 'github', repo: DEFAULT_REPO, branch: 'main' }],
    ['own repository and branch', { PUBLIC_CMS_REPO: ' humas-lapas/situs-web ', PUBLIC_CMS_BRANCH: 'utama' }, { repo: 'humas-lapas/situs-web', branch: 'utama' }],
    ['empty values count as unset', { PUBLIC_CMS_REPO: '', PUBLIC_CMS_AUTH_URL: ' ' }, { repo: DEFAULT_REPO }],
    ['own OAuth provider', { PUBLIC_CMS_AUTH_URL: 'https://auth.lapaspurwodadi.example.id/' }, { base_url: 'https://auth.lapaspurwodadi.example.id', auth_endpoint: 'auth' }],
    ['own OAuth provider with its endpoint', { PUBLIC_CMS_AUTH_URL: 'https://auth.example.id', PUBLIC_CMS_AUTH_ENDPOINT: 'oauth/authorize' }, { auth_endpoint: 'oauth/authorize' }],
  ])('%s', (_name, env, expected) => {
    const backend = productionBackend(env);
    expect(backend).toMatchObject(expected);
    // Without an own provider Decap uses Netlify's OAuth service (its default base_url).
    if (!env.PUBLIC_CMS_AUTH_URL?.trim()) expect(backend).not.toHaveProperty('base_url');
  });

  test.each([
    [{ PUBLIC_CMS_REPO: 'https://github.com/lapas/situs' }, /bukan nama repositori GitHub/],
    [{ PUBLIC_CMS_AUTH_URL: 'http://auth.example.id' }, /harus alamat https/],
  ])('refuses %o', (env, message) => {
    expect(() => productionBackend(env)).toThrow(message);
  });

  test('commits are described in Indonesian', () => {
    expect(productionBackend({}).commit_messages?.create).toBe('Tambah {{collection}} "{{slug}}"');
  });
});
