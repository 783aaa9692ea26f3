// Makes a smaller copy of a PNG icon with Node alone (zlib), no image library:
//   node renderer/scripts/resize-icon.mjs IN.png OUT.png SIZE
// Reads an 8-bit RGBA, non-interlaced PNG (as electron/build/icon.png is), scales it down by
// averaging each output pixel's area (alpha-weighted, so transparent edges do not darken), and
// writes an RGBA PNG. Used to make renderer/public/icon-192.png from icon-512.png.
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync, inflateSync } from "node:zlib";

const [input, output, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
if (!input || !output || !Number.isInteger(size) || size < 1) {
  console.error("usage: node resize-icon.mjs IN.png OUT.png SIZE");
  process.exit(2);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function readPng(file) {
  const data = readFileSync(file);
  if (data.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  let at = 8;
  let header;
  const idat = [];
  while (at < data.length) {
    const length = data.readUInt32BE(at);
    const type = data.toString("latin1", at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], color: body[9], interlace: body[12] };
    if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  if (!header || header.depth !== 8 || header.color !== 6 || header.interlace !== 0) throw new Error(`${file}: only 8-bit RGBA non-interlaced PNGs`);
  const { width, height } = header;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function resize({ width, height, pixels }, target) {
  const out = new Uint8Array(target * target * 4);
  const sx = width / target, sy = height / target;
  for (let oy = 0; oy < target; oy++) {
    for (let ox = 0; ox < target; ox++) {
      let r = 0, g = 0, b = 0, a = 0, area = 0;
      for (let y = Math.floor(oy * sy); y < Math.ceil((oy + 1) * sy); y++) {
        const wy = Math.min(y + 1, (oy + 1) * sy) - Math.max(y, oy * sy);
        for (let x = Math.floor(ox * sx); x < Math.ceil((ox + 1) * sx); x++) {
          const w = wy * (Math.min(x + 1, (ox + 1) * sx) - Math.max(x, ox * sx));
          const i = (y * width + x) * 4;
          const alpha = pixels[i + 3] * w;
          r += pixels[i] * alpha; g += pixels[i + 1] * alpha; b += pixels[i + 2] * alpha;
          a += alpha; area += w;
        }
      }
      const o = (oy * target + ox) * 4;
      if (a > 0) { out[o] = Math.round(r / a); out[o + 1] = Math.round(g / a); out[o + 2] = Math.round(b / a); }
      out[o + 3] = Math.round(a / area);
    }
  }
  return out;
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

function writePng(file, target, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(target, 0);
  header.writeUInt32BE(target, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(target * (target * 4 + 1));
  for (let y = 0; y < target; y++) raw.set(pixels.subarray(y * target * 4, (y + 1) * target * 4), y * (target * 4 + 1) + 1);
  const signature = Buffer.from("89504e470d0a1a0a", "hex");
  writeFileSync(file, Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]));
}

const image = readPng(input);
writePng(output, size, resize(image, size));
console.log(`${output}: ${size}×${size} from ${image.width}×${image.height}`);
