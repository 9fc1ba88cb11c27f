/**
 * Reads a host headers file (`_headers`, Cloudflare Pages syntax) the way the host does:
 * every rule whose path pattern matches adds its headers in order; `! Name` detaches a header
 * set by an earlier rule. Used by the test server, so tests see exactly what visitors get.
 */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

/** Parses the file into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('!')) rule.detach.push(trimmed.slice(1).trim().toLowerCase());
    else {
      const i = trimmed.indexOf(':');
      rule.set.push([trimmed.slice(0, i).trim(), trimmed.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a path pattern (`/*`, `/admin/*`, `/exact/`) matches a path. */
function matches(pattern: string, pathname: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(pathname);
}

/** The headers a path receives. */
export function headersForPath(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [k, v] of rule.set) out.set(k.toLowerCase(), [k, v]);
  }
  return Object.fromEntries([...out.values()]);
}
