/** The public address of the site: SITE_URL when deploying to the real domain, else the placeholder. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_URL?.trim() || 'https://lapaspurwodadi.example.id';
}
