// `npm run icon`: draws the extension's 128×128 icon (images/icon.png) with no image library: a dark blue rounded
// square, a shield, and a check mark, rasterised with 4×4 supersampling and written as a PNG with node's zlib.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'images/icon.png');

const BACKGROUND_TOP = [0x12, 0x3a, 0x6b];
const BACKGROUND_BOTTOM = [0x0b, 0x1f, 0x3d];
const SHIELD = [0x2f, 0xb5, 0x8c];
const SHIELD_EDGE = [0xe8, 0xf4, 0xff];
const CHECK = [0xff, 0xff, 0xff];

function insideRoundedSquare(x, y) {
  const r = 24;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * The shield: flat top with rounded shoulders, sides curving to a point at the bottom. Scaled by `s` about its centre.
 */
function insideShield(x, y, s = 1) {
  const cx = 64;
  const top = 64 - 44 * s;
  const bottom = 64 + 48 * s;
  const halfWidth = 38 * s;
  if (y < top || y > bottom) {
    return false;
  }
  const t = (y - top) / (bottom - top);
  // Full width for the upper 45 %, then narrowing along a circular-ish curve to the point.
  const width = t < 0.45 ? halfWidth : halfWidth * Math.sqrt(Math.max(0, 1 - ((t - 0.45) / 0.55) ** 1.6));
  // A shallow dip in the top edge.
  const dip = 6 * s * (1 - ((x - cx) / halfWidth) ** 2);
  return Math.abs(x - cx) <= width && y >= top + Math.max(0, dip);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  const width = 6.5;
  return distanceToSegment(x, y, 45, 64, 58, 78) <= width || distanceToSegment(x, y, 58, 78, 84, 48) <= width;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) {
    return null;
  }
  if (onCheck(x, y) && insideShield(x, y, 0.9)) {
    return CHECK;
  }
  if (insideShield(x, y, 0.9)) {
    return SHIELD;
  }
  if (insideShield(x, y, 1)) {
    return SHIELD_EDGE;
  }
  const t = y / SIZE;
  return BACKGROUND_TOP.map((c, i) => Math.round(c + (BACKGROUND_BOTTOM[i] - c) * t));
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (colour) {
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a++;
        }
      }
    }
    const offset = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[offset] = a ? Math.round(r / a) : 0;
    raw[offset + 1] = a ? Math.round(g / a) : 0;
    raw[offset + 2] = a ? Math.round(b / a) : 0;
    raw[offset + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(root, out)} (${png.length} bytes)`);
