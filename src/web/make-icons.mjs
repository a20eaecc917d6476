// Regenerates the PNG app icons in style/icons/ from style/icons/icon.svg with the project's
// Chromium (no image library needed). Run by hand after changing the SVG, then commit:
//   node src/web/make-icons.mjs      (from the repo root, after `bash .ci/setup.sh`)
// The maskable variant is full-bleed (no rounded corners) with the shield inside the 80% safe zone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tests/e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const svg = readFileSync('style/icons/icon.svg', 'utf8');
const maskable = svg
  .replace('rx="12"', 'rx="0"')
  .replace('<path d="M32 10', '<g transform="translate(32 32) scale(0.72) translate(-32 -32)"><path d="M32 10')
  .replace('</svg>', '</g></svg>');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.screenshot({ path: `style/icons/${name}`, omitBackground: true });
  await page.close();
}
await browser.close();
