// Renders the app icons in public/icons/ from the one vector source, public/icon.svg.
// Usage: node scripts/icons.mjs   (after `npm ci`; the PNGs are committed, so builds never run this)
//
// Reproducible: resvg (pinned in package-lock.json) renders the same bytes for the same SVG, with no
// system fonts or clock involved, so running it again must leave `git status` clean.
//
// Two looks from the same artwork:
// - "any": the rounded square as drawn, transparent outside the corners (browsers show it as is).
// - full-bleed: the same drawing on a square filled with the icon's own teal, for Android's
//   maskable icons (the launcher crops to a circle or squircle) and for iOS (which rounds the
//   corners itself and would paint transparent corners black). The heart sits within a radius
//   of about 135/512 from the centre, inside the maskable safe zone (a circle of 40% of the size),
//   so no padding is needed.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "public/icon.svg"), "utf8");
const out = join(root, "public/icons");

// The icon's own background colour, read from the SVG so there is one source of truth.
const teal = source.match(/<rect[^>]*fill="(#[0-9a-fA-F]{6})"/)?.[1];
if (!teal) throw new Error("public/icon.svg: no <rect fill=\"#rrggbb\"> found for the full-bleed background");

const icons = [
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
  { file: "maskable-192.png", size: 192, background: teal },
  { file: "maskable-512.png", size: 512, background: teal },
  { file: "apple-touch-icon.png", size: 180, background: teal },
];

mkdirSync(out, { recursive: true });
for (const { file, size, background } of icons) {
  const png = new Resvg(source, {
    fitTo: { mode: "width", value: size },
    background,
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  writeFileSync(join(out, file), png);
  console.log(`public/icons/${file}  ${size}x${size}  ${png.length} bytes`);
}
