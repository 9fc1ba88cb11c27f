/**
 * The documents of going live and the editors' guide stay true: every picture and link they
 * use exists, the screenshots stay small, the example workflows are valid GitHub Actions files
 * with a daily schedule, and the words the guide tells editors to look for are the CMS's words.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import type { CmsField } from 'decap-cms-core';
import { collections } from '../../cms/config';
import { idLocale } from '../../cms/locale-id';

const DOCS = path.resolve('docs');
const GUIDES = ['go-live.md', 'panduan-humas.md'];
const read = (file: string) => readFileSync(path.join(DOCS, file), 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
const anchorsIn = (markdown: string) => new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]!)));

describe.each(GUIDES)('docs/%s', (file) => {
  const text = read(file);
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^(https?:|mailto:)/.test(l));

  test('every relative link and picture points to a file (and heading) that exists', () => {
    const broken: string[] = [];
    for (const link of links) {
      const [target, anchor] = link.split('#') as [string, string | undefined];
      const file2 = target ? path.join(DOCS, target) : path.join(DOCS, file);
      if (!existsSync(file2)) broken.push(`${link}: no file`);
      else if (anchor && file2.endsWith('.md') && !anchorsIn(readFileSync(file2, 'utf8')).has(anchor)) broken.push(`${link}: no heading`);
    }
    expect(broken).toEqual([]);
  });

  test('every picture has a description (alt text) for readers who cannot see it', () => {
    const pictures = [...text.matchAll(/!\[([^\]]*)\]\(/g)].map((m) => m[1]!.trim());
    expect(pictures.filter((alt) => alt.length < 10)).toEqual([]);
  });
});

describe('the screenshots of the guide (docs/img)', () => {
  const dir = path.join(DOCS, 'img');
  const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
  const guide = read('panduan-humas.md');

  test('there is one for each step, and each is used by the guide', () => {
    expect(pngs.length).toBeGreaterThanOrEqual(12);
    expect(pngs.filter((f) => !guide.includes(`img/${f}`))).toEqual([]);
  });

  test('they are small: a laptop screen at most, under 2 MB together', () => {
    let total = 0;
    for (const f of pngs) {
      const bytes = readFileSync(path.join(dir, f));
      // PNG header: width and height are big-endian at bytes 16 and 20.
      expect(bytes.readUInt32BE(16), f).toBeLessThanOrEqual(1280);
      expect(bytes.readUInt32BE(20), f).toBeLessThanOrEqual(800);
      total += statSync(path.join(dir, f)).size;
    }
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('the example workflows (docs/contoh)', () => {
  const files = readdirSync(path.join(DOCS, 'contoh')).filter((f) => f.endsWith('.yml'));
  type Workflow = {
    name: string;
    on: Record<string, unknown>;
    jobs: Record<string, { 'runs-on': string; steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
  };
  const load = (f: string) => yaml.load(readFileSync(path.join(DOCS, 'contoh', f), 'utf8')) as Workflow;

  test('there is one for a build hook (Netlify, Cloudflare Pages) and one for GitHub Pages', () => {
    expect(files.toSorted()).toEqual(['bangun-ulang-harian.yml', 'github-pages.yml']);
  });

  test.each(files)('%s: runs every morning in WIB and can be started by hand', (f) => {
    const wf = load(f);
    expect(wf.name).toBeTruthy();
    const schedule = wf.on.schedule as { cron: string }[];
    expect(schedule).toHaveLength(1);
    const [minute, hour, dom, month, dow] = schedule[0]!.cron.split(' ');
    expect([dom, month, dow]).toEqual(['*', '*', '*']);
    expect(Number(minute)).toBeGreaterThanOrEqual(0);
    const wibHour = (Number(hour) + 7) % 24;
    expect(wibHour, 'early morning in WIB').toBeGreaterThanOrEqual(4);
    expect(wibHour).toBeLessThanOrEqual(6);
    expect(wf.on).toHaveProperty('workflow_dispatch');
  });

  test.each(files)('%s: every job runs on a hosted runner, every action is pinned to a major version', (f) => {
    const wf = load(f);
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job['runs-on'], name).toBe('ubuntu-latest');
      expect(job.steps.length, name).toBeGreaterThan(0);
      for (const step of job.steps) {
        expect(Boolean(step.uses) !== Boolean(step.run), `${name}: a step either uses an action or runs a command`).toBe(true);
        if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
      }
    }
  });

  test('the build hook is a secret, never written in the file', () => {
    const text = readFileSync(path.join(DOCS, 'contoh', 'bangun-ulang-harian.yml'), 'utf8');
    expect(text).toContain('${{ secrets.BUILD_HOOK_URL }}');
    expect(text).not.toMatch(/https:\/\/api\.netlify\.com\/build_hooks\/\w/);
  });

  test('GitHub Pages builds the site as the host would, without sample content', () => {
    const steps = load('github-pages.yml').jobs.bangun!.steps;
    const build = steps.find((s) => s.run === 'npm run build');
    expect(build?.env).toMatchObject({ SITE_SAMPLES: 'false' });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toMatchObject({ path: 'dist' });
  });

  test("GitHub Pages keeps Astro's build cache between builds, restored after npm ci (which empties node_modules)", () => {
    const steps = load('github-pages.yml').jobs.bangun!.steps;
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@') && (s.with as { path?: string } | undefined)?.path === 'node_modules/.astro');
    const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
    const build = steps.findIndex((s) => s.run === 'npm run build');
    expect(install).toBeGreaterThanOrEqual(0);
    expect([install < cache, cache < build]).toEqual([true, true]);
  });
});

describe('the words of the documents are the words of the CMS', () => {
  const goLive = read('go-live.md');
  const guide = read('panduan-humas.md');

  test('going live names every environment variable the CMS reads', () => {
    const source = readFileSync(path.resolve('cms/backend.ts'), 'utf8');
    const variables = [...new Set(source.match(/PUBLIC_CMS_\w+/g))];
    expect(variables.length).toBeGreaterThan(0);
    expect(variables.filter((v) => !goLive.includes(v))).toEqual([]);
  });

  /** Every field label of the CMS, nested ones included. */
  const labels = new Set<string>();
  const walk = (fields: CmsField[]) => {
    for (const f of fields) {
      if (f.label) labels.add(f.label);
      const inner = (f as { fields?: CmsField[] }).fields;
      if (inner) walk(inner);
    }
  };
  for (const c of collections) {
    labels.add(c.label);
    walk(c.fields ?? []);
    for (const file of c.files ?? []) {
      labels.add(file.label);
      walk(file.fields);
    }
  }

  test.each([
    'Persetujuan diberikan',
    'Tanggal persetujuan',
    'Saluran publikasi',
    'Berlaku sampai',
    'Persetujuan ditarik',
    'Lokasi arsip formulir',
    'Wajah boleh ditampilkan',
    'Nama yang ditampilkan',
    'Teks alternatif (alt)',
    'Tanggal terbit',
    'Tanggal diperbarui',
    'Status kerja sama',
    'Bidang kerja sama',
    'Nomor WhatsApp',
    'Data Situs',
    'Pengaturan situs',
  ])('the guide\'s "%s" is a CMS label', (label) => {
    expect(guide).toContain(label);
    expect(labels.has(label), label).toBe(true);
  });

  test.each(['Draf', 'Ditinjau', 'Siap terbit', 'Terbitkan sekarang', 'Pakai yang dipilih', 'Masuk dengan GitHub'])(
    'the guide\'s "%s" is what the CMS interface says',
    (phrase) => {
      expect(guide).toContain(phrase);
      expect(JSON.stringify(idLocale)).toContain(`"${phrase}"`);
    },
  );
});
