/**
 * Draws the sample illustrations (flat shapes, never photos of people) and the default social
 * image. Run once with `npx tsx tests/tools/make-sample-images.ts`; the outputs are committed.
 * Sample pictures go beside their entries (content/<collection>/images/), never into public/;
 * only the site's own default social image and logo go to public/.
 */
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const W = 1600;
const H = 900;
const C = {
  teal: '#0f4c5c',
  tealDark: '#0a3540',
  ochre: '#b85c00',
  sun: '#ffbf47',
  sand: '#f3e9dc',
  sage: '#7fa99b',
  sky: '#cfe3e8',
  paper: '#fbf8f3',
  ink: '#1b2430',
};

const svg = (body: string, bg: string, w = W, h = H) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${bg}"/>${body}</svg>`;

const sparks = (cx: number, cy: number, n: number, r: number, color: string) =>
  Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2;
    const r1 = r * 0.25;
    const r2 = r * (0.6 + ((i * 37) % 40) / 100);
    return `<line x1="${cx + Math.cos(a) * r1}" y1="${cy + Math.sin(a) * r1}" x2="${cx + Math.cos(a) * r2}" y2="${cy + Math.sin(a) * r2}" stroke="${color}" stroke-width="10" stroke-linecap="round"/>`;
  }).join('');

const books = (x: number, y: number) => `
  <rect x="${x}" y="${y}" width="520" height="80" rx="10" fill="${C.teal}"/>
  <rect x="${x + 30}" y="${y - 80}" width="470" height="80" rx="10" fill="${C.ochre}"/>
  <rect x="${x + 10}" y="${y - 160}" width="500" height="80" rx="10" fill="${C.sage}"/>
  <rect x="${x + 60}" y="${y - 60}" width="380" height="16" fill="${C.paper}" opacity=".6"/>`;

const scenes: Record<string, string> = {
  welding: svg(
    `
    <rect x="0" y="620" width="${W}" height="280" fill="${C.tealDark}"/>
    <rect x="300" y="560" width="1000" height="60" rx="8" fill="#5b6b75"/>
    <rect x="360" y="620" width="40" height="220" fill="#5b6b75"/><rect x="1200" y="620" width="40" height="220" fill="#5b6b75"/>
    <rect x="520" y="500" width="300" height="60" fill="#9aa7ae"/><rect x="820" y="500" width="260" height="60" fill="#b7c2c7"/>
    <line x1="1150" y1="220" x2="840" y2="480" stroke="${C.paper}" stroke-width="26" stroke-linecap="round"/>
    ${sparks(820, 500, 18, 260, C.sun)}${sparks(820, 500, 10, 150, '#fff3d6')}`,
    '#24343d',
  ),
  health: svg(
    `
    <circle cx="800" cy="450" r="300" fill="${C.paper}"/>
    <rect x="740" y="290" width="120" height="320" rx="16" fill="${C.teal}"/>
    <rect x="640" y="390" width="320" height="120" rx="16" fill="${C.teal}"/>
    <path d="M1180 640c-60-70-150-110-150-190a80 80 0 0 1 150-40a80 80 0 0 1 150 40c0 80-90 120-150 190z" fill="${C.ochre}"/>
    <path d="M300 250v180a140 140 0 0 0 280 0v-180" fill="none" stroke="${C.tealDark}" stroke-width="22" stroke-linecap="round"/>
    <circle cx="440" cy="700" r="46" fill="none" stroke="${C.tealDark}" stroke-width="22"/><path d="M440 570v84" stroke="${C.tealDark}" stroke-width="22"/>`,
    C.sky,
  ),
  education: svg(
    `${books(300, 700)}
    <path d="M900 300l300-110 300 110-300 110z" fill="${C.tealDark}"/><path d="M1030 360v120c0 40 340 40 340 0v-120l-170 62z" fill="${C.teal}"/>
    <line x1="1500" y1="300" x2="1500" y2="470" stroke="${C.sun}" stroke-width="12"/><circle cx="1500" cy="480" r="20" fill="${C.sun}"/>
    <rect x="960" y="620" width="420" height="200" rx="12" fill="${C.paper}" stroke="${C.ochre}" stroke-width="10"/>
    <line x1="1010" y1="680" x2="1330" y2="680" stroke="${C.sage}" stroke-width="12"/><line x1="1010" y1="730" x2="1260" y2="730" stroke="${C.sage}" stroke-width="12"/>`,
    C.sand,
  ),
  market: svg(
    `
    ${[0, 1, 2]
      .map(
        (i) => `
      <rect x="${180 + i * 440}" y="380" width="380" height="340" fill="${C.paper}"/>
      ${Array.from({ length: 6 }, (_, j) => `<rect x="${180 + i * 440 + j * 63.3}" y="300" width="63.3" height="90" fill="${j % 2 ? C.paper : [C.teal, C.ochre, C.sage][i]}"/>`).join('')}
      <circle cx="${260 + i * 440}" cy="640" r="50" fill="${C.ochre}"/><rect x="${330 + i * 440}" y="580" width="90" height="110" rx="10" fill="${C.teal}"/>
      <circle cx="${480 + i * 440}" cy="650" r="40" fill="${C.sage}"/>`,
      )
      .join('')}
    <rect x="0" y="720" width="${W}" height="180" fill="${C.sage}"/>`,
    C.sky,
  ),
  cooperation: svg(
    `
    <rect x="430" y="180" width="520" height="620" rx="20" fill="${C.paper}"/>
    ${[0, 1, 2, 3, 4].map((i) => `<line x1="500" y1="${280 + i * 70}" x2="${880 - (i % 2) * 120}" y2="${280 + i * 70}" stroke="${C.sage}" stroke-width="16" stroke-linecap="round"/>`).join('')}
    <path d="M520 700c40-40 80 20 120-20s80 20 120-10" fill="none" stroke="${C.teal}" stroke-width="10"/>
    <circle cx="1120" cy="420" r="190" fill="${C.teal}" opacity=".9"/><circle cx="1270" cy="520" r="190" fill="${C.ochre}" opacity=".85"/>`,
    C.sand,
  ),
  field: svg(
    `
    <circle cx="1200" cy="260" r="130" fill="${C.sun}"/>
    ${Array.from({ length: 7 }, (_, i) => `<rect x="0" y="${500 + i * 60}" width="${W}" height="34" fill="${i % 2 ? '#6f9a5a' : '#86b06b'}"/>`).join('')}
    ${Array.from({ length: 14 }, (_, i) => `<path d="M${100 + i * 110} 520q10-90 30-120M${100 + i * 110} 520q-20-80-50-100" stroke="#4d7a3e" stroke-width="10" fill="none"/>`).join('')}`,
    '#dcecf0',
  ),
  sewing: svg(
    `
    <rect x="0" y="600" width="${W}" height="300" fill="${C.sage}"/>
    <path d="M200 640q400-120 800 0t600 0v260h-1400z" fill="${C.paper}"/>
    <rect x="520" y="260" width="180" height="260" rx="30" fill="${C.ochre}"/><rect x="500" y="240" width="220" height="40" rx="10" fill="${C.tealDark}"/><rect x="500" y="500" width="220" height="40" rx="10" fill="${C.tealDark}"/>
    <line x1="1000" y1="220" x2="1260" y2="560" stroke="${C.tealDark}" stroke-width="12" stroke-linecap="round"/><ellipse cx="1010" cy="234" rx="10" ry="22" fill="${C.sand}" transform="rotate(-37 1010 234)"/>
    <path d="M620 520q200 200 420 60t220-20" fill="none" stroke="${C.ochre}" stroke-width="8" stroke-dasharray="24 14"/>`,
    C.sand,
  ),
  calendar: svg(
    `
    <rect x="450" y="170" width="700" height="600" rx="24" fill="${C.paper}"/>
    <rect x="450" y="170" width="700" height="150" rx="24" fill="${C.teal}"/><rect x="450" y="280" width="700" height="40" fill="${C.teal}"/>
    <rect x="560" y="130" width="30" height="90" rx="12" fill="${C.tealDark}"/><rect x="1010" y="130" width="30" height="90" rx="12" fill="${C.tealDark}"/>
    ${Array.from({ length: 20 }, (_, i) => `<rect x="${500 + (i % 5) * 125}" y="${360 + Math.floor(i / 5) * 95}" width="95" height="70" rx="8" fill="${i === 12 ? C.ochre : C.sky}"/>`).join('')}`,
    C.sand,
  ),
  road: svg(
    `
    <circle cx="800" cy="430" r="170" fill="${C.sun}"/>
    <rect x="0" y="430" width="${W}" height="470" fill="#86b06b"/>
    <path d="M740 430h120l420 470h-960z" fill="#5b6b75"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${792 - i * 6}" y="${470 + i * 110}" width="${16 + i * 12}" height="${50 + i * 20}" fill="${C.paper}"/>`).join('')}`,
    '#dcecf0',
  ),
  tools: svg(
    `
    <circle cx="560" cy="450" r="220" fill="${C.teal}"/><circle cx="560" cy="450" r="90" fill="${C.sand}"/>
    ${Array.from({ length: 10 }, (_, i) => `<rect x="530" y="190" width="60" height="80" rx="8" fill="${C.teal}" transform="rotate(${i * 36} 560 450)"/>`).join('')}
    <g transform="rotate(-40 1100 450)"><rect x="1070" y="250" width="60" height="420" rx="24" fill="${C.ochre}"/><circle cx="1100" cy="240" r="90" fill="${C.ochre}"/><rect x="1070" y="150" width="60" height="100" fill="${C.sand}"/></g>`,
    C.sand,
  ),
  dawn: svg(
    `
    <circle cx="800" cy="640" r="260" fill="${C.sun}"/>
    <rect x="0" y="640" width="${W}" height="260" fill="${C.teal}"/>
    ${Array.from({ length: 9 }, (_, i) => `<line x1="800" y1="640" x2="${800 + Math.cos(Math.PI + ((i + 1) * Math.PI) / 10) * 560}" y2="${640 + Math.sin(Math.PI + ((i + 1) * Math.PI) / 10) * 560}" stroke="${C.sun}" stroke-width="12" opacity=".6"/>`).join('')}
    <rect x="0" y="700" width="${W}" height="20" fill="${C.tealDark}" opacity=".4"/>`,
    C.sky,
  ),
};

/** Which scene becomes which file. */
const outputs: [string, keyof typeof scenes][] = [
  ['content/news/images/pelatihan-las.jpg', 'welding'],
  ['content/news/images/pemeriksaan-kesehatan.jpg', 'health'],
  ['content/news/images/kelas-paket-c.jpg', 'education'],
  ['content/news/images/pameran-karya.jpg', 'market'],
  ['content/news/images/kesepakatan-magang.jpg', 'cooperation'],
  ['content/news/images/jadwal-kunjungan.jpg', 'calendar'],
  ['content/news/images/pelatihan-menjahit.jpg', 'sewing'],
  ['content/programs/images/pelatihan-keterampilan.jpg', 'tools'],
  ['content/programs/images/pendidikan-kesetaraan.jpg', 'education'],
  ['content/programs/images/layanan-kesehatan.jpg', 'health'],
  ['content/programs/images/pendampingan-pasca-bebas.jpg', 'road'],
  ['content/stories/images/bengkel-las.jpg', 'welding'],
  ['content/stories/images/buku-dan-ijazah.jpg', 'education'],
  ['content/stories/images/sawah-pagi.jpg', 'field'],
];

const emblem = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${C.teal}"/><path d="M9 23V9h3v11h7v3z" fill="#fff"/><circle cx="22" cy="11" r="3" fill="${C.sun}"/></svg>`;

for (const [file, scene] of outputs) {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(scenes[scene]!)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
  console.log(file);
}
await sharp(Buffer.from(emblem(512)))
  .png({ compressionLevel: 9 })
  .toFile('public/logo.png');
console.log('public/logo.png');
