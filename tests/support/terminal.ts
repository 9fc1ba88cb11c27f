/** Strips terminal colours from a build log, so a test reads what the editor reads. */
// eslint-disable-next-line no-control-regex -- ESC starts a terminal colour
export const plain = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
