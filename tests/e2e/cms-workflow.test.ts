import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { DecapProxy } from '../support/decap-proxy';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * The editorial workflow of production (draft → in review → ready → published), with the local
 * proxy in git mode on a temporary git clone: humas writes and saves a draft (a branch
 * cms/news/<slug>, nothing on main), sends it to review, the reviewer (Kalapas) marks it ready,
 * it is published, and then the article is on the main branch, which is what the host builds.
 */
/** The built site; the editor opens it through the session's relay (the dev policy on /admin/). */
const builtSite = inject('baseURL');
let base: string;
const TITLE = 'Kalapas Tinjau Kelas Keterampilan Menjahit';
const SLUG = 'kalapas-tinjau-kelas-keterampilan-menjahit';
const FILE = `content/news/${SLUG}.md`;
const run = promisify(execFile);

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let page: Page;

/** Runs git in the temporary clone (with an identity, so commits work on any machine). */
async function git(...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-c', 'user.name=Uji CMS', '-c', 'user.email=uji-cms@example.id', ...args], { cwd: copy.dir });
  return stdout;
}
/** The file on a branch, or null when the branch does not have it. */
const onBranch = (branch: string, file: string) => git('show', `${branch}:${file}`).catch(() => null);

/** Chooses a status in the editor toolbar ("Status: …" menu). */
async function setStatus(p: Page, from: string, to: string) {
  await p.getByRole('button', { name: `Status: ${from}` }).click();
  await p
    .getByRole('menuitem', { name: to, exact: true })
    .or(p.getByText(to, { exact: true }))
    .first()
    .click();
  await expect.poll(() => p.getByRole('button', { name: `Status: ${to}` }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
}

beforeAll(async () => {
  copy = await copyProject('cms-workflow-');
  await writeFile(`${copy.dir}/.gitignore`, 'node_modules\ndist\n.astro\n');
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'Situs sebelum uji alur kerja');
  session = await startEditorSession(copy.dir, 'git', builtSite);
  ({ proxy, page, site: base } = session);
});

afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

describe('the editorial workflow (proxy in git mode, as the GitHub backend in production)', () => {
  test('a saved article is a draft on its own branch, not on main', async () => {
    await openCms(page, base, proxy.port, 'collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill(TITLE);
    await page.getByLabel('Ringkasan').fill('Kalapas meninjau kelas menjahit dan berbincang dengan peserta tentang rencana setelah bebas.');
    await page.getByLabel('Tanggal terbit').fill('2026-11-24T09:00');
    await page.getByLabel('Kategori').click();
    await page.getByText('Kegiatan', { exact: true }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Peserta kelas menjahit menunjukkan seragam yang mereka jahit sendiri.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();

    await expect.poll(() => onBranch(`cms/news/${SLUG}`, FILE), { timeout: 20_000 }).toContain(`title: ${TITLE}`);
    expect(await onBranch('main', FILE)).toBeNull();
    await expect.poll(() => page.getByRole('button', { name: 'Status: Draf' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  test('it is sent to review, then marked ready, and appears in the workflow board', async () => {
    await setStatus(page, 'Draf', 'Ditinjau');
    await setStatus(page, 'Ditinjau', 'Siap terbit');
    expect(await onBranch('main', FILE)).toBeNull();

    await openCms(page, base, proxy.port, 'workflow');
    await expect.poll(() => page.getByText('Alur kerja redaksi').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(TITLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const board = await page.locator('body').innerText();
    expect(board).toContain('Siap terbit');
    // The card's last change is dated as the CMS dates everything, DD-MM-YYYY (not "2 December").
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
    });
    expect(board.split('\n').map((line) => line.trim())).toContain(today);
  });

  test('publishing (after the confirmation question) puts the article on the main branch', async () => {
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await openCms(page, base, proxy.port, `collections/news/entries/${SLUG}`);
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang', { exact: true }).click();
    await expect.poll(() => onBranch('main', FILE), { timeout: 30_000 }).not.toBeNull();
    expect(questions).toContain('Yakin menerbitkan entri ini?');
    const published = (await onBranch('main', FILE))!;
    expect(published).toContain(`title: ${TITLE}`);
    expect(published).toContain('category: kegiatan');
    expect(published).toContain('seragam yang mereka jahit sendiri');
    await expect.poll(() => git('branch', '--list', `cms/news/${SLUG}`), { timeout: 10_000 }).toBe('');
    expect(await git('log', '-1', '--format=%s', 'main')).toMatch(/news|Berita|kalapas-tinjau/i);
  });
});
