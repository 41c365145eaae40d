/** PNG files the CLI writes: their names, and a mark inside each so a later run replaces its own pictures and never a user's file. */
import { existsSync, readFileSync } from "node:fs";

/** The mark: a PNG text chunk, `Software` = `Rotation Lens`, which image viewers show and ignore. */
const KEYWORD = "Software";
const MARK = "Rotation Lens";
const SIGNATURE_LENGTH = 8;

/**
 * `Sector Rotation.md`, line 212 → `Sector Rotation-L212.png`; a note in a subfolder keeps its folders, joined by `__`
 * (`Research__Flows-L9.png`).
 */
export function pngName(notePath: string, line: number): string {
  return `${notePath.replace(/\.md$/i, "").split("/").join("__")}-L${line}.png`;
}

/** The PNG with the mark added as the chunk after the header (the header must come first). */
export function markPng(png: Buffer): Buffer {
  const headerEnd = SIGNATURE_LENGTH + 12 + png.readUInt32BE(SIGNATURE_LENGTH);
  const body = Buffer.concat([Buffer.from("tEXt", "latin1"), Buffer.from(`${KEYWORD}\0${MARK}`, "latin1")]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([png.subarray(0, headerEnd), chunk, png.subarray(headerEnd)]);
}

/** Whether `file` may be written: nothing is there, or a PNG this CLI wrote (it carries the mark). */
export function mayWrite(file: string): boolean {
  if (!existsSync(file)) return true;
  try {
    return hasMark(readFileSync(file));
  } catch {
    return false;
  }
}

/** Walks the chunks before the image data, where the mark is put. */
export function hasMark(png: Buffer): boolean {
  const wanted = `${KEYWORD}\0${MARK}`;
  for (let at = SIGNATURE_LENGTH; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "tEXt" && png.toString("latin1", at + 8, at + 8 + length) === wanted) return true;
    if (type === "IDAT" || type === "IEND") return false;
    at += length + 12;
  }
  return false;
}

let table: Uint32Array | null = null;

/** CRC-32 as PNG chunks use it (zlib.crc32 arrived only in Node 20.15; engines allows 20.0). */
function crc32(bytes: Buffer): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
