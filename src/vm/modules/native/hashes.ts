// The hash functions behind `hashlib` (md5, sha1, sha224, sha256, sha384, sha512), written out
// in TypeScript: the VM runs in a worker where WebCrypto is asynchronous, and hashlib is not.
// Algorithms from RFC 1321 (MD5) and FIPS 180-4 (SHA). Incremental: update() any number of
// times; digest() does not end the stream, as in Python.

import { toHex, type HashName, type Hasher } from './hash-block';
import { Md5 } from './hash-md5';
import { Sha1 } from './hash-sha1';
import { SHA224_IV, SHA256_IV, Sha256 } from './hash-sha256';
import { SHA384_IV, SHA512_IV, Sha512 } from './hash-sha512';

export { toHex, type HashName, type Hasher };

export const HASH_NAMES: readonly HashName[] = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

export function createHash(name: HashName): Hasher {
  switch (name) {
    case 'md5':
      return new Md5();
    case 'sha1':
      return new Sha1();
    case 'sha224':
      return new Sha256(SHA224_IV, 28, 'sha224');
    case 'sha256':
      return new Sha256(SHA256_IV, 32, 'sha256');
    case 'sha384':
      return new Sha512(SHA384_IV, 48, 'sha384');
    case 'sha512':
      return new Sha512(SHA512_IV, 64, 'sha512');
  }
}

/** hashlib.new(name, data).digest() */
export function hashDigest(name: HashName, data: Uint8Array): Uint8Array {
  const h = createHash(name);
  h.update(data);
  return h.digest();
}

/** hashlib.new(name, data).hexdigest() */
export function hashHexDigest(name: HashName, data: Uint8Array): string {
  return toHex(hashDigest(name, data));
}
