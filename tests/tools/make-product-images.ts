/**
 * Draws the sample pictures of the works of warga binaan (content/products/images/): flat shapes
 * of the things themselves, never people (a work's photos may show no warga binaan's face or
 * name). Run once with `npx tsx tests/tools/make-product-images.ts`; the outputs are committed.
 */
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const W = 1200;
const H = 800;
const C = {
  teal: '#0f4c5c',
  tealDark: '#0a3540',
  ochre: '#b85c00',
  sun: '#ffbf47',
  sand: '#f3e9dc',
  sage: '#7fa99b',
  sky: '#cfe3e8',
  paper: '#fbf8f3',
  wood: '#9a6234',
  woodDark: '#6e4322',
};
const svg = (body: string, bg: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${bg}"/>${body}</svg>`;

const scenes: Record<string, string> = {
  chair: svg(
    `
    <rect x="0" y="640" width="${W}" height="160" fill="${C.sage}"/>
    <rect x="430" y="140" width="40" height="520" rx="8" fill="${C.woodDark}"/><rect x="730" y="140" width="40" height="520" rx="8" fill="${C.woodDark}"/>
    ${[0, 1, 2].map((i) => `<rect x="450" y="${180 + i * 70}" width="300" height="40" rx="6" fill="${C.wood}"/>`).join('')}
    <rect x="400" y="420" width="400" height="50" rx="8" fill="${C.wood}"/>
    <rect x="410" y="470" width="36" height="190" rx="6" fill="${C.woodDark}"/><rect x="754" y="470" width="36" height="190" rx="6" fill="${C.woodDark}"/>`,
    C.sand,
  ),
  batik: svg(
    `
    <rect x="220" y="160" width="760" height="480" rx="12" fill="${C.teal}"/>
    ${Array.from({ length: 24 }, (_, i) => `<circle cx="${300 + (i % 6) * 120}" cy="${230 + Math.floor(i / 6) * 115}" r="38" fill="none" stroke="${C.sun}" stroke-width="10"/><circle cx="${300 + (i % 6) * 120}" cy="${230 + Math.floor(i / 6) * 115}" r="12" fill="${C.paper}"/>`).join('')}
    <path d="M220 600h760v40h-760z" fill="${C.ochre}"/>`,
    C.sand,
  ),
  chips: svg(
    `
    <rect x="0" y="600" width="${W}" height="200" fill="${C.wood}"/>
    <path d="M380 180h300l40 440h-380z" fill="${C.paper}" stroke="${C.ochre}" stroke-width="10"/>
    <rect x="420" y="300" width="260" height="120" rx="10" fill="${C.sun}"/>
    ${Array.from({ length: 9 }, (_, i) => `<ellipse cx="${800 + (i % 3) * 90}" cy="${520 + Math.floor(i / 3) * 30}" rx="60" ry="26" fill="${i % 2 ? C.sun : '#e9a93a'}"/>`).join('')}`,
    C.sky,
  ),
  car: svg(
    `
    <rect x="0" y="600" width="${W}" height="200" fill="#5b6b75"/>
    <path d="M260 520l80-150h420l120 150h80v110h-780v-110z" fill="${C.teal}"/>
    <rect x="370" y="390" width="170" height="110" rx="10" fill="${C.sky}"/><rect x="570" y="390" width="170" height="110" rx="10" fill="${C.sky}"/>
    <circle cx="400" cy="630" r="60" fill="${C.tealDark}"/><circle cx="840" cy="630" r="60" fill="${C.tealDark}"/>
    ${Array.from({ length: 14 }, (_, i) => `<path d="M${220 + i * 60} ${120 + (i % 3) * 60}q-14 30 0 44q14-14 0-44z" fill="#5aa9d6"/>`).join('')}`,
    '#dcecf0',
  ),
  grille: svg(
    `
    <rect x="300" y="140" width="600" height="520" rx="10" fill="none" stroke="#3b4a53" stroke-width="28"/>
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="${380 + i * 110}" y="150" width="18" height="500" fill="#3b4a53"/>`).join('')}
    <path d="M314 400h572" stroke="#3b4a53" stroke-width="18"/>
    ${[0, 1, 2, 3].map((i) => `<circle cx="${444 + i * 110}" cy="400" r="34" fill="none" stroke="${C.ochre}" stroke-width="12"/>`).join('')}`,
    C.sand,
  ),
};

const outputs: [string, keyof typeof scenes][] = [
  ['content/products/images/kursi-kayu-lipat.jpg', 'chair'],
  ['content/products/images/kain-batik-cap.jpg', 'batik'],
  ['content/products/images/keripik-singkong.jpg', 'chips'],
  ['content/products/images/cuci-mobil.jpg', 'car'],
  ['content/products/images/teralis-besi.jpg', 'grille'],
];

for (const [file, scene] of outputs) {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(scenes[scene]!)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  console.log(file);
}
