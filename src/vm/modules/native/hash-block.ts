// What the six hash functions share: the Hasher interface hashlib objects wrap, and buffering
// into fixed-size blocks with Merkle–Damgård padding. digest() does not end the stream.

export type HashName = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

export interface Hasher {
  readonly name: HashName;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  hexdigest(): string;
  copy(): Hasher;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Buffering into fixed-size blocks and the Merkle–Damgård padding, shared by all six. */

export abstract class BlockHash implements Hasher {
  abstract readonly name: HashName;
  abstract readonly digestSize: number;
  protected readonly buffer: Uint8Array;
  protected buffered = 0;
  protected length = 0; // bytes hashed so far

  constructor(
    readonly blockSize: number,
    private readonly lengthBytes: number,
    private readonly littleEndian: boolean,
  ) {
    this.buffer = new Uint8Array(blockSize);
  }

  protected abstract compress(block: Uint8Array, offset: number): void;
  protected abstract state(): Uint8Array;
  abstract copy(): Hasher;

  protected copyInto<T extends BlockHash>(target: T): T {
    target.buffer.set(this.buffer);
    target.buffered = this.buffered;
    target.length = this.length;
    return target;
  }

  update(data: Uint8Array): void {
    let pos = 0;
    this.length += data.length;
    if (this.buffered > 0) {
      const take = Math.min(data.length, this.blockSize - this.buffered);
      this.buffer.set(data.subarray(0, take), this.buffered);
      this.buffered += take;
      pos = take;
      if (this.buffered < this.blockSize) return;
      this.compress(this.buffer, 0);
      this.buffered = 0;
    }
    for (; pos + this.blockSize <= data.length; pos += this.blockSize) this.compress(data, pos);
    this.buffer.set(data.subarray(pos), 0);
    this.buffered = data.length - pos;
  }

  digest(): Uint8Array {
    const h = this.copy() as BlockHash; // finishing must leave this stream open
    const bitLength = BigInt(h.length) * 8n;
    const tail = new Uint8Array(h.blockSize * 2);
    tail.set(h.buffer.subarray(0, h.buffered));
    tail[h.buffered] = 0x80;
    const total = h.buffered + 1 + h.lengthBytes <= h.blockSize ? h.blockSize : h.blockSize * 2;
    for (let i = 0; i < h.lengthBytes; i++) {
      const byte = Number((bitLength >> BigInt(8 * i)) & 0xffn);
      tail[h.littleEndian ? total - h.lengthBytes + i : total - 1 - i] = byte;
    }
    for (let off = 0; off < total; off += h.blockSize) h.compress(tail, off);
    return h.state().slice(0, this.digestSize);
  }

  hexdigest(): string {
    return toHex(this.digest());
  }
}

export function wordsToBytes(words: Uint32Array | Int32Array, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, littleEndian));
  return out;
}
