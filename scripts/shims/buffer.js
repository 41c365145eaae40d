// Injected into main.js in place of Node's global Buffer, which Obsidian mobile lacks. gray-matter only
// calls Buffer.from(text) to keep a copy of the note and later asks isBuffer / String() of it, so a
// small Uint8Array subclass is enough (the full `buffer` package would add 25 KB for nothing).
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Buffer extends Uint8Array {
  static from(value) {
    if (typeof value === "string") {
      const bytes = encoder.encode(value);
      const out = new Buffer(bytes.length);
      out.set(bytes);
      return out;
    }
    return super.from(value);
  }

  static isBuffer(value) {
    return value instanceof Buffer;
  }

  toString() {
    return decoder.decode(this);
  }
}
