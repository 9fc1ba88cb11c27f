import type { CmsConfig } from 'decap-cms-core';

/**
 * On localhost the CMS talks to the local proxy (decap-server) on port 8081. `?proxy_port=NNNN`
 * in the admin URL points it at another port, so tests (and a second checkout) can run their
 * own proxy. Decap only ever uses local_backend on localhost, so this changes nothing in production.
 */
export function withLocalProxyPort(config: CmsConfig, search: string): CmsConfig {
  const port = new URLSearchParams(search).get('proxy_port');
  if (!port || !/^\d{2,5}$/.test(port)) return config;
  return { ...config, local_backend: { url: `http://localhost:${port}/api/v1` } } as CmsConfig;
}
