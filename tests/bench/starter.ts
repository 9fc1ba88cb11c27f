/**
 * The reference site of the build race (`npm run bench`): a blog shaped like Astro's blog starter
 * (`npm create astro -- --template blog`), written here because the starter itself is fetched from
 * GitHub, which these machines cannot reach. Same parts as the starter: one `blog` collection read
 * by the glob loader with an `image()` hero, a post layout with the hero through `<Image>`, a list of
 * every post with its hero, a home and an about page, RSS (@astrojs/rss), the sitemap and MDX
 * integrations, one global stylesheet and a self-hosted font. Its extra posts are the very news
 * items of the synthetic site (same titles, summaries, dates and Markdown bodies), so both sides
 * render the same text.
 *
 * To race the real starter instead, give its folder: `npm run bench -- 5000 --starter ~/blog`
 * (the posts are then written into its `src/content/blog/`).
 */
import { copyFile, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { cp } from 'node:fs/promises';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { SYNTHETIC_PREFIX } from './synthetic';

/** A throw-away starter-shaped site. */
export interface StarterSite {
  dir: string;
  remove(): Promise<void>;
}

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-starter', type: 'module', private: true, scripts: { build: 'astro build' } }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://example.com',
  integrations: [mdx(), sitemap()],
});
`,
  'src/consts.ts': `export const SITE_TITLE = 'Astro Blog';
export const SITE_DESCRIPTION = 'Welcome to my website!';
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: z.optional(image()),
    }),
});

export const collections = { blog };
`,
  'src/components/BaseHead.astro': `---
import '../styles/global.css';
import type { ImageMetadata } from 'astro';
import FallbackImage from '../assets/blog-placeholder-1.jpg';
import { SITE_TITLE } from '../consts';

interface Props {
  title: string;
  description: string;
  image?: ImageMetadata;
}

const canonicalURL = new URL(Astro.url.pathname, Astro.site);
const { title, description, image = FallbackImage } = Astro.props;
---
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="icon" type="image/svg+xml" href="/favicon.svg" />
<link rel="sitemap" href="/sitemap-index.xml" />
<link rel="alternate" type="application/rss+xml" title={SITE_TITLE} href={new URL('rss.xml', Astro.site)} />
<meta name="generator" content={Astro.generator} />
<link rel="preload" href="/fonts/body.woff" as="font" type="font/woff" crossorigin />
<link rel="canonical" href={canonicalURL} />
<title>{title}</title>
<meta name="title" content={title} />
<meta name="description" content={description} />
<meta property="og:type" content="website" />
<meta property="og:url" content={Astro.url} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
<meta property="og:image" content={new URL(image.src, Astro.url)} />
<meta property="twitter:card" content="summary_large_image" />
<meta property="twitter:url" content={Astro.url} />
<meta property="twitter:title" content={title} />
<meta property="twitter:description" content={description} />
<meta property="twitter:image" content={new URL(image.src, Astro.url)} />
`,
  'src/components/HeaderLink.astro': `---
import type { HTMLAttributes } from 'astro/types';
type Props = HTMLAttributes<'a'>;
const { href, class: className, ...props } = Astro.props;
const pathname = Astro.url.pathname.replace(import.meta.env.BASE_URL, '');
const subpath = pathname.match(/[^\\/]+/g);
const isActive = href === pathname || href === '/' + (subpath?.[0] || '');
---
<a href={href} class:list={[className, { active: isActive }]} {...props}><slot /></a>
<style>
  a { display: inline-block; text-decoration: none; }
  a.active { font-weight: bolder; text-decoration: underline; }
</style>
`,
  'src/components/Header.astro': `---
import HeaderLink from './HeaderLink.astro';
import { SITE_TITLE } from '../consts';
---
<header>
  <nav>
    <h2><a href="/">{SITE_TITLE}</a></h2>
    <div class="internal-links">
      <HeaderLink href="/">Home</HeaderLink>
      <HeaderLink href="/blog">Blog</HeaderLink>
      <HeaderLink href="/about">About</HeaderLink>
    </div>
  </nav>
</header>
<style>
  header { margin: 0; padding: 0 1em; background: white; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.1); }
  nav { display: flex; align-items: center; justify-content: space-between; }
  nav a { padding: 1em 0.5em; color: black; border-bottom: 4px solid transparent; text-decoration: none; }
</style>
`,
  'src/components/Footer.astro': `---
const today = new Date();
---
<footer>&copy; {today.getFullYear()} Your name here. All rights reserved.</footer>
<style>
  footer { padding: 2em 1em 6em 1em; color: gray; text-align: center; }
</style>
`,
  'src/components/FormattedDate.astro': `---
interface Props { date: Date; }
const { date } = Astro.props;
---
<time datetime={date.toISOString()}>
  {date.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric' })}
</time>
`,
  'src/layouts/BlogPost.astro': `---
import type { CollectionEntry } from 'astro:content';
import { Image } from 'astro:assets';
import BaseHead from '../components/BaseHead.astro';
import Footer from '../components/Footer.astro';
import FormattedDate from '../components/FormattedDate.astro';
import Header from '../components/Header.astro';

type Props = CollectionEntry<'blog'>['data'];
const { title, description, pubDate, updatedDate, heroImage } = Astro.props;
---
<html lang="en">
  <head>
    <BaseHead title={title} description={description} />
    <style>
      main { width: calc(100% - 2em); max-width: 100%; margin: 0; }
      .hero-image img { display: block; margin: 0 auto; border-radius: 12px; }
      .prose { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 1em; }
      .title { margin-bottom: 1em; padding: 1em 0; text-align: center; line-height: 1; }
      .last-updated-on { font-style: italic; }
    </style>
  </head>
  <body>
    <Header />
    <main>
      <article>
        <div class="hero-image">
          {heroImage && <Image width={1020} height={510} src={heroImage} alt="" />}
        </div>
        <div class="prose">
          <div class="title">
            <div class="date">
              <FormattedDate date={pubDate} />
              {updatedDate && <div class="last-updated-on">Last updated on <FormattedDate date={updatedDate} /></div>}
            </div>
            <h1>{title}</h1>
            <hr />
          </div>
          <slot />
        </div>
      </article>
    </main>
    <Footer />
  </body>
</html>
`,
  'src/pages/index.astro': `---
import BaseHead from '../components/BaseHead.astro';
import Footer from '../components/Footer.astro';
import Header from '../components/Header.astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
---
<!doctype html>
<html lang="en">
  <head><BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} /></head>
  <body>
    <Header />
    <main>
      <h1>Hello, Astronaut!</h1>
      <p>Welcome to the official Astro blog starter template.</p>
    </main>
    <Footer />
  </body>
</html>
`,
  'src/pages/about.astro': `---
import AboutHeroImage from '../assets/blog-placeholder-about.jpg';
import Layout from '../layouts/BlogPost.astro';
---
<Layout title="About Me" description="Lorem ipsum dolor sit amet" pubDate={new Date('August 08 2021')} heroImage={AboutHeroImage}>
  <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>
</Layout>
`,
  'src/pages/blog/index.astro': `---
import { Image } from 'astro:assets';
import { getCollection } from 'astro:content';
import BaseHead from '../../components/BaseHead.astro';
import Footer from '../../components/Footer.astro';
import FormattedDate from '../../components/FormattedDate.astro';
import Header from '../../components/Header.astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts';

const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<!doctype html>
<html lang="en">
  <head>
    <BaseHead title={SITE_TITLE} description={SITE_DESCRIPTION} />
    <style>
      main { width: 960px; }
      ul { display: flex; flex-wrap: wrap; gap: 2rem; list-style-type: none; margin: 0; padding: 0; }
      ul li { width: calc(50% - 1rem); }
      ul li img { margin-bottom: 0.5rem; border-radius: 12px; }
    </style>
  </head>
  <body>
    <Header />
    <main>
      <section>
        <ul>
          {posts.map((post) => (
            <li>
              <a href={\`/blog/\${post.id}/\`}>
                {post.data.heroImage && <Image width={720} height={360} src={post.data.heroImage} alt="" />}
                <h4 class="title">{post.data.title}</h4>
                <p class="date"><FormattedDate date={post.data.pubDate} /></p>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </main>
    <Footer />
  </body>
</html>
`,
  'src/pages/blog/[...slug].astro': `---
import { type CollectionEntry, getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';

export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
type Props = CollectionEntry<'blog'>;

const post = Astro.props;
const { Content } = await render(post);
---
<BlogPost {...post.data}>
  <Content />
</BlogPost>
`,
  'src/pages/rss.xml.js': `import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';

export async function GET(context) {
  const posts = await getCollection('blog');
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site,
    items: posts.map((post) => ({ ...post.data, link: \`/blog/\${post.id}/\` })),
  });
}
`,
  'src/styles/global.css': `@font-face { font-family: 'Body'; src: url('/fonts/body.woff') format('woff'); font-weight: 400; font-style: normal; font-display: swap; }
:root { --accent: #2337ff; --black: 15, 18, 25; --gray: 96, 115, 159; }
body { font-family: 'Body', sans-serif; margin: 0; padding: 0; text-align: left; word-wrap: break-word; font-size: 20px; line-height: 1.7; }
main { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 3em 1em; }
h1, h2, h3, h4 { margin: 0 0 0.5rem 0; line-height: 1.2; }
img { max-width: 100%; height: auto; border-radius: 8px; }
a { color: var(--accent); }
`,
  'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><circle cx="64" cy="64" r="60"/></svg>\n',
};

/** The starter's own posts (it ships five; these stand in for them, each with a hero picture). */
const OWN_POSTS = ['first-post', 'second-post', 'third-post', 'fourth-post', 'fifth-post'];

/** A placeholder photo like the starter's (960 × 480 JPEG). */
async function placeholder(file: string, seed: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const noise = Buffer.alloc(960 * 480 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 31 + seed * 97 + ((i / 2880) | 0) * 7) & 0xff;
  await sharp(noise, { raw: { width: 960, height: 480, channels: 3 } })
    .jpeg({ quality: 80 })
    .toFile(file);
}

/** Writes the starter-shaped site into `dir` (its own files only: posts come from `writeStarterPosts`). */
export async function writeStarterSite(dir: string, projectRoot = path.resolve('.')): Promise<void> {
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  await mkdir(path.join(dir, 'public', 'fonts'), { recursive: true });
  await copyFile(
    path.join(projectRoot, 'node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'),
    path.join(dir, 'public', 'fonts', 'body.woff'),
  );
  for (const [i, name] of ['blog-placeholder-1', 'blog-placeholder-2', 'blog-placeholder-3', 'blog-placeholder-about'].entries()) {
    await placeholder(path.join(dir, 'src', 'assets', `${name}.jpg`), i);
  }
  for (const [i, id] of OWN_POSTS.entries()) {
    await writePost(
      dir,
      id,
      {
        title: `Post ${i + 1}`,
        description: 'Lorem ipsum dolor sit amet',
        pubDate: new Date(Date.UTC(2022, 6, 8 + i)),
        heroImage: `../../assets/blog-placeholder-${(i % 3) + 1}.jpg`,
      },
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n## Heading\n\nSed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n',
    );
  }
}

async function writePost(dir: string, id: string, data: Record<string, unknown>, body: string): Promise<void> {
  const folder = path.join(dir, 'src', 'content', 'blog');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, `${id}.md`), `---\n${yaml.dump(data)}---\n\n${body}`);
}

/**
 * Writes every synthetic news item of `newsDir` (the synthetic site's content/news) as a post of the
 * starter at `dir`: title, summary as description, date as pubDate, the same body.
 */
export async function writeStarterPosts(dir: string, newsDir: string): Promise<number> {
  let n = 0;
  for (const name of await readdir(newsDir)) {
    if (!name.startsWith(SYNTHETIC_PREFIX) || !name.endsWith('.md')) continue;
    const text = await readFile(path.join(newsDir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) continue;
    const front = yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA }) as { title: string; summary: string; date: string };
    await writePost(dir, name.replace(/\.md$/, ''), { title: front.title, description: front.summary, pubDate: front.date }, match[2]!);
    n++;
  }
  return n;
}

/**
 * A starter-shaped site in a temporary folder whose node_modules links this project's packages
 * (Astro, @astrojs/mdx, @astrojs/rss, @astrojs/sitemap and sharp are the same versions), or a copy
 * of `from` (the real starter) with the same links when it has no node_modules of its own.
 */
export async function starterSite({ from, projectRoot = path.resolve('.') }: { from?: string; projectRoot?: string } = {}): Promise<StarterSite> {
  const base = path.join(os.tmpdir(), 'lapas-tests');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, 'bench-starter-'));
  if (from) await cp(from, dir, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
  else await writeStarterSite(dir, projectRoot);
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules, { recursive: true });
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp', '.cache'].includes(entry))
      await symlink(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry)).catch(() => {});
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
