// Helpers shared by this folder's tests: load a CPython-generated fixture, rebuild a double.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadFixture<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

const view = new DataView(new ArrayBuffer(8));

/** The double whose big-endian IEEE bits are these 16 hex digits. */
export function floatFromHex(hex: string): number {
  view.setUint32(0, parseInt(hex.slice(0, 8), 16));
  view.setUint32(4, parseInt(hex.slice(8), 16));
  return view.getFloat64(0);
}
