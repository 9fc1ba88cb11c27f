import type { CmsConfig } from 'decap-cms-core';

/**
 * Where /admin/ looks for the local proxy (cms/local-proxy-server.ts, port 8081 by default):
 * - on the dev server (`npm start`), Decap's own default, http://localhost:8081/api/v1;
 * - `?proxy_port=NNNN` in the admin URL points it at another port, so tests (and a second
 *   checkout) can run their own proxy;
 * - in the built site without `proxy_port`, nowhere: the production /admin/ never looks for a
 *   local proxy (its Content-Security-Policy allows no connection to localhost either).
 * Decap only ever uses local_backend when the page itself is on localhost / 127.0.0.1.
 */
export function withLocalProxyPort(config: CmsConfig, search: string, dev: boolean = import.meta.env.DEV): CmsConfig {
  const port = new URLSearchParams(search).get('proxy_port');
  if (port && /^\d{2,5}$/.test(port)) return { ...config, local_backend: { url: `http://localhost:${port}/api/v1` } };
  return dev ? config : { ...config, local_backend: false };
}
