// SHA-384 and SHA-512 (FIPS 180-4 §6.4, §6.5), 64-bit words as (high, low) int32 pairs.
import { BlockHash, wordsToBytes, type HashName } from './hash-block';

function hexPairs(hex: string): number[] {
  return hex
    .trim()
    .split(/\s+/)
    .flatMap((word) => [parseInt(word.slice(0, 8), 16) | 0, parseInt(word.slice(8), 16) | 0]);
}

const SHA512_K = Int32Array.from(
  hexPairs(`
  428a2f98d728ae22 7137449123ef65cd b5c0fbcfec4d3b2f e9b5dba58189dbbc 3956c25bf348b538 59f111f1b605d019
  923f82a4af194f9b ab1c5ed5da6d8118 d807aa98a3030242 12835b0145706fbe 243185be4ee4b28c 550c7dc3d5ffb4e2
  72be5d74f27b896f 80deb1fe3b1696b1 9bdc06a725c71235 c19bf174cf692694 e49b69c19ef14ad2 efbe4786384f25e3
  0fc19dc68b8cd5b5 240ca1cc77ac9c65 2de92c6f592b0275 4a7484aa6ea6e483 5cb0a9dcbd41fbd4 76f988da831153b5
  983e5152ee66dfab a831c66d2db43210 b00327c898fb213f bf597fc7beef0ee4 c6e00bf33da88fc2 d5a79147930aa725
  06ca6351e003826f 142929670a0e6e70 27b70a8546d22ffc 2e1b21385c26c926 4d2c6dfc5ac42aed 53380d139d95b3df
  650a73548baf63de 766a0abb3c77b2a8 81c2c92e47edaee6 92722c851482353b a2bfe8a14cf10364 a81a664bbc423001
  c24b8b70d0f89791 c76c51a30654be30 d192e819d6ef5218 d69906245565a910 f40e35855771202a 106aa07032bbd1b8
  19a4c116b8d2d0c8 1e376c085141ab53 2748774cdf8eeb99 34b0bcb5e19b48a8 391c0cb3c5c95a63 4ed8aa4ae3418acb
  5b9cca4f7763e373 682e6ff3d6b2b8a3 748f82ee5defb2fc 78a5636f43172f60 84c87814a1f0ab72 8cc702081a6439ec
  90befffa23631e28 a4506cebde82bde9 bef9a3f7b2c67915 c67178f2e372532b ca273eceea26619c d186b8c721c0c207
  eada7dd6cde0eb1e f57d4f7fee6ed178 06f067aa72176fba 0a637dc5a2c898a6 113f9804bef90dae 1b710b35131c471b
  28db77f523047d84 32caab7b40c72493 3c9ebe0a15c9bebc 431d67c49c100d4c 4cc5d4becb3e42b6 597f299cfc657e2a
  5fcb6fab3ad6faec 6c44198c4a475817`),
);
export const SHA512_IV = hexPairs(`6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1
  510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179`);
export const SHA384_IV = hexPairs(`cbbb9d5dc1059ed8 629a292a367cd507 9159015a3070dd17 152fecd8f70e5939
  67332667ffc00b31 8eb44a8768581511 db0c2e0d64f98fa7 47b5481dbefa4fa4`);

export class Sha512 extends BlockHash {
  private readonly h: Int32Array; // 8 words as hi, lo pairs
  private readonly w = new Int32Array(160);

  constructor(
    private readonly iv: readonly number[],
    readonly digestSize: number,
    readonly name: HashName,
  ) {
    super(128, 16, false);
    this.h = Int32Array.from(iv);
  }

  copy(): Sha512 {
    const c = this.copyInto(new Sha512(this.iv, this.digestSize, this.name));
    c.h.set(this.h);
    return c;
  }

  protected state(): Uint8Array {
    return wordsToBytes(this.h, false);
  }

  protected compress(block: Uint8Array, offset: number): void {
    const w = this.w;
    for (let i = 0; i < 32; i++) {
      const p = offset + i * 4;
      w[i] = (block[p] << 24) | (block[p + 1] << 16) | (block[p + 2] << 8) | block[p + 3];
    }
    for (let i = 16; i < 80; i++) {
      // σ0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; σ1 = rotr19 ^ rotr61 ^ shr6 of w[i-2]
      const xh = w[(i - 15) * 2];
      const xl = w[(i - 15) * 2 + 1];
      const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
      const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
      const yh = w[(i - 2) * 2];
      const yl = w[(i - 2) * 2 + 1];
      const s1h = ((yh >>> 19) | (yl << 13)) ^ ((yl >>> 29) | (yh << 3)) ^ (yh >>> 6);
      const s1l = ((yl >>> 19) | (yh << 13)) ^ ((yh >>> 29) | (yl << 3)) ^ ((yl >>> 6) | (yh << 26));
      let lo = (w[(i - 16) * 2 + 1] >>> 0) + (s0l >>> 0) + (w[(i - 7) * 2 + 1] >>> 0) + (s1l >>> 0);
      const hi = w[(i - 16) * 2] + s0h + w[(i - 7) * 2] + s1h + Math.floor(lo / 2 ** 32);
      lo |= 0;
      w[i * 2] = hi | 0;
      w[i * 2 + 1] = lo;
    }
    const s = this.h;
    let [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl] = s;
    for (let i = 0; i < 80; i++) {
      // Σ1(e) = rotr14 ^ rotr18 ^ rotr41
      const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
      const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (SHA512_K[i * 2 + 1] >>> 0) + (w[i * 2 + 1] >>> 0);
      const t1h = (hh + S1h + chh + SHA512_K[i * 2] + w[i * 2] + Math.floor(t1l / 2 ** 32)) | 0;
      // Σ0(a) = rotr28 ^ rotr34 ^ rotr39
      const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
      const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = (S0h + majh + Math.floor(t2l / 2 ** 32)) | 0;
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const el2 = (dl >>> 0) + (t1l % 2 ** 32);
      eh = (dh + t1h + Math.floor(el2 / 2 ** 32)) | 0;
      el = el2 | 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const al2 = (t1l % 2 ** 32) + t2l % 2 ** 32;
      ah = (t1h + t2h + Math.floor(al2 / 2 ** 32)) | 0;
      al = al2 | 0;
    }
    const add = (i: number, hi: number, lo: number): void => {
      const sum = (s[i + 1] >>> 0) + (lo >>> 0);
      s[i] = s[i] + hi + Math.floor(sum / 2 ** 32);
      s[i + 1] = sum | 0;
    };
    add(0, ah, al);
    add(2, bh, bl);
    add(4, ch, cl);
    add(6, dh, dl);
    add(8, eh, el);
    add(10, fh, fl);
    add(12, gh, gl);
    add(14, hh, hl);
  }
}
