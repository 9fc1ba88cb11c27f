import dictionary from './id.json';

/** Every key of the Indonesian dictionary. */
export type UiKey = keyof typeof dictionary;

/**
 * Looks up a UI string by its dotted key and fills `{name}` placeholders.
 * An unknown key is a programming error and fails the build.
 */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  const template: string | undefined = (dictionary as Record<string, string>)[key];
  if (template === undefined) throw new Error(`Missing UI string: ${key}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
