// Draws the add-in's icons (16, 32, 64, 80, 128 px, the sizes the XML manifest names, and the unified
// manifest's 32 px outline and 192 px colour icons) as PNGs with no image library: a Fluent-blue
// rounded square with a white baton. Run once (`node outlook-addin/scripts/make-icons.mjs`); the PNGs
// are committed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5, size), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function baton(x, y, size) {
  const r = size * 0.18;
  const inside = (px, py) => {
    const cx = Math.min(Math.max(px, r), size - r);
    const cy = Math.min(Math.max(py, r), size - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inside(x, y)) return [0, 0, 0, 0];
  // Distance from the diagonal segment (0.28,0.72) -> (0.72,0.28): the baton.
  const [ax, ay, bx, by] = [0.28 * size, 0.72 * size, 0.72 * size, 0.28 * size];
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  const d = Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  if (Math.hypot(x - bx, y - by) <= size * 0.1) return [255, 185, 0, 255];
  if (d <= size * 0.07) return [255, 255, 255, 255];
  return [15, 108, 189, 255];
}

// The unified manifest's app icons (schema v1.17 `icons`): `outline` is "a transparent PNG outline icon.
// The border color needs to be white. Size 32x32"; `color` is "a full color PNG icon. Size 192x192".
function outline(x, y, size) {
  const r = size * 0.18;
  const stroke = size / 16; // 2 px at 32
  const roundedDistance = (px, py, inset) => {
    const lo = r;
    const hi = size - r;
    const cx = Math.min(Math.max(px, lo), hi);
    const cy = Math.min(Math.max(py, lo), hi);
    return Math.hypot(px - cx, py - cy) - (r - inset);
  };
  const onBorder = roundedDistance(x, y, 0.5) <= 0 && roundedDistance(x, y, 0.5 + stroke) > 0;
  const [ax, ay, bx, by] = [0.3 * size, 0.7 * size, 0.7 * size, 0.3 * size];
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  const onBaton = Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= size * 0.07;
  return onBorder || onBaton ? [255, 255, 255, 255] : [0, 0, 0, 0];
}

const dir = join(import.meta.dirname, "..", "public", "assets");
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(dir, `icon-${size}.png`), png(size, baton));
writeFileSync(join(dir, "outline-32.png"), png(32, outline));
writeFileSync(join(dir, "color-192.png"), png(192, baton));
console.log(`icons written to ${dir}`);
