#!/usr/bin/env node
/*
 * Draws the "IKU" icons (white bold IKU on a teal rounded square, with a gold progress bar for
 * capaian on the larger sizes) into assets/icon-<size>.png using only Node built-ins: no
 * ImageMagick or canvas package is available on the build machines, and the icons must be
 * reproducible from source.
 *
 *   node scripts/make-icons.js                 writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --preview F.png also writes an 8x-enlarged contact sheet to F.png
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TEAL_TOP = [20, 137, 127];
const TEAL_BOTTOM = [13, 107, 99];
const WHITE = [255, 255, 255];
const GOLD = [245, 179, 1];
const TRACK = [92, 170, 163];

// ---------- PNG encoding (RGBA, 8 bit, no interlace) ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes width×height RGBA pixels (Uint8Array, row-major) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------- Shapes in unit coordinates (0..1, y downwards) ----------

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

/** The vector mark: which colour the point (x, y) has, or null outside the icon. */
function vectorMark(withBar) {
  const stroke = 0.09;
  const letterW = 0.24;
  const gap = 0.055;
  const top = withBar ? 0.24 : 0.3;
  const bottom = withBar ? 0.64 : 0.7;
  const iX = (1 - (stroke + 2 * gap + 2 * letterW)) / 2;
  const kX = iX + stroke + gap;
  const uX = kX + letterW + gap;
  const mid = (top + bottom) / 2;
  const uR = letterW / 2;

  function inI(x, y) {
    return x >= iX && x <= iX + stroke && y >= top && y <= bottom;
  }
  function inK(x, y) {
    if (x < kX || x > kX + letterW || y < top || y > bottom) return false;
    if (x <= kX + stroke) return true;
    const arm = nearSegment(
      x,
      y,
      kX + stroke * 0.6,
      mid + 0.03,
      kX + letterW - stroke * 0.45,
      top,
      stroke * 0.55,
    );
    const leg = nearSegment(
      x,
      y,
      kX + stroke * 1.2,
      mid - 0.02,
      kX + letterW - stroke * 0.45,
      bottom,
      stroke * 0.55,
    );
    return arm || leg;
  }
  function inU(x, y) {
    if (x < uX || x > uX + letterW || y < top || y > bottom) return false;
    const cx = uX + uR;
    const cy = bottom - uR;
    if (y <= cy) return x <= uX + stroke || x >= uX + letterW - stroke;
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return d2 <= uR * uR && d2 >= (uR - stroke) ** 2;
  }

  const barX0 = iX;
  const barX1 = uX + letterW;
  const barY0 = 0.74;
  const barY1 = 0.81;
  const barFill = barX0 + (barX1 - barX0) * 0.8;

  return (x, y) => {
    if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
    if (inI(x, y) || inK(x, y) || inU(x, y)) return WHITE;
    if (withBar && inRoundedRect(x, y, barX0, barY0, barX1, barY1, (barY1 - barY0) / 2)) {
      return x <= barFill ? GOLD : TRACK;
    }
    return mix(TEAL_TOP, TEAL_BOTTOM, y);
  };
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t);
}

/** Renders a colour function with size×size pixels, supersampled for anti-aliased edges. */
function rasterize(size, colourAt, samples) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (c === null) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sum[i] / covered);
      rgba[o + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}

// At 16 px anti-aliased strokes turn to grey mush: the letters are hand-placed pixels instead.
const GLYPHS_16 = [
  ["###", ".#.", ".#.", ".#.", ".#.", ".#.", "###"],
  ["#..#", "#.#.", "##..", "#...", "##..", "#.#.", "#..#"],
  ["#..#", "#..#", "#..#", "#..#", "#..#", "#..#", ".##."],
];

function pixelIcon16() {
  const size = 16;
  const rgba = rasterize(
    size,
    (x, y) => (inRoundedRect(x, y, 0, 0, 1, 1, 0.2) ? mix(TEAL_TOP, TEAL_BOTTOM, y) : null),
    8,
  );
  let left = 2;
  const top = 4;
  for (const glyph of GLYPHS_16) {
    glyph.forEach((row, gy) => {
      [...row].forEach((cell, gx) => {
        if (cell !== "#") return;
        const o = ((top + gy) * size + left + gx) * 4;
        rgba.set([...WHITE, 255], o);
      });
    });
    left += glyph[0].length + 1;
  }
  return rgba;
}

/** Returns the RGBA pixels of the icon of the given size. */
function drawIcon(size) {
  if (size <= 16) return pixelIcon16();
  return rasterize(size, vectorMark(size >= 32), size >= 64 ? 4 : 8);
}

/** Nearest-neighbour enlargement of all sizes side by side on a grey sheet, to look at them. */
function contactSheet(icons, scale) {
  const gap = 8;
  const width = icons.reduce((w, icon) => w + icon.size * scale + gap, gap);
  const height = Math.max(...icons.map((icon) => icon.size * scale)) + 2 * gap;
  const rgba = new Uint8Array(width * height * 4).fill(200);
  let left = gap;
  for (const { size, rgba: src } of icons) {
    for (let y = 0; y < size * scale; y++) {
      for (let x = 0; x < size * scale; x++) {
        const s = (Math.floor(y / scale) * size + Math.floor(x / scale)) * 4;
        const d = ((gap + y) * width + left + x) * 4;
        const a = src[s + 3] / 255;
        for (let i = 0; i < 3; i++) rgba[d + i] = Math.round(src[s + i] * a + 200 * (1 - a));
        rgba[d + 3] = 255;
      }
    }
    left += size * scale + gap;
  }
  return encodePng(width, height, rgba);
}

function main(argv) {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  const icons = SIZES.map((size) => ({ size, rgba: drawIcon(size) }));
  for (const { size, rgba } of icons) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, rgba));
    console.log(`ditulis: ${path.relative(process.cwd(), file)}`);
  }
  const previewAt = argv.indexOf("--preview");
  if (previewAt >= 0 && argv[previewAt + 1]) {
    fs.writeFileSync(argv[previewAt + 1], contactSheet(icons, 4));
    console.log(`pratinjau: ${argv[previewAt + 1]}`);
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { SIZES, drawIcon, encodePng, crc32 };
