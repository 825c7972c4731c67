/**
 * Draws the add-in icons (assets/icon-SIZE.png): a white tick on a rounded red square, the
 * colours of a commendation certificate. Written as plain RGBA PNGs with node:zlib so no image
 * dependency is needed; the files are committed, rerun only to change the design.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BACKGROUND = [0xc0, 0x1f, 0x2e];
const TICK = [0xff, 0xff, 0xff];
/** Samples per pixel side: edges are anti-aliased by averaging. */
const SUPERSAMPLE = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `size`×`size` RGBA pixels (row-major, 4 bytes each). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** What covers a point of the unit square: the tick, the background, or nothing (outside the corners). */
function paint(x: number, y: number): number[] | null {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return null;
  const stroke = 0.075;
  const onTick =
    distanceToSegment(x, y, 0.24, 0.52, 0.42, 0.7) < stroke ||
    distanceToSegment(x, y, 0.42, 0.7, 0.77, 0.3) < stroke;
  return onTick ? TICK : BACKGROUND;
}

export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++)
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = paint((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (colour === null) continue;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
          sum[3] += 1;
        }
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) out[i + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      out[i + 3] = Math.round((sum[3] / n) * 255);
    }
  return out;
}

if (require.main === module) {
  const dir = resolve(__dirname, "..", "assets");
  for (const size of ICON_SIZES)
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, drawIcon(size)));
}
