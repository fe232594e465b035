// The interleave command: help, usage errors, run (output, exit codes, limits), dis.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main';

function capture() {
  const io = { stdout: '', stderr: '', out: (s: string) => void (io.stdout += s), err: (s: string) => void (io.stderr += s) };
  return io;
}
const dir = mkdtempSync(join(tmpdir(), 'interleave-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('interleave CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('usage: interleave');
  });
  it('rejects unknown commands and options with exit 2', async () => {
    const io = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toContain('usage:');
    expect(await main(['run', '--bogus', 'x.py'], capture())).toBe(2);
    expect(await main([], capture())).toBe(2);
  });
  it('runs a program like python3: output, SystemExit code', async () => {
    const io = capture();
    expect(await main(['run', file('exit3.py', 'import sys\nprint("hi")\nsys.exit(3)\n')], io)).toBe(3);
    expect(io.stdout).toBe('hi\n');
  });
  it('prints a CPython traceback with the absolute path and exits 1', async () => {
    const io = capture();
    const p = file('err.py', 'def f():\n    raise ValueError("bad")\nf()\n');
    expect(await main(['run', p], io)).toBe(1);
    expect(io.stderr).toBe(
      `Traceback (most recent call last):\n  File "${p}", line 3, in <module>\n    f()\n` +
        `  File "${p}", line 2, in f\n    raise ValueError("bad")\nValueError: bad\n`,
    );
  });
  it('reports syntax errors like CPython', async () => {
    const io = capture();
    expect(await main(['run', file('syn.py', 'print(1 +)\n')], io)).toBe(1);
    expect(io.stderr).toContain('SyntaxError');
    expect(io.stderr).not.toContain('    at ');
  });
  it('stops a runaway loop at the limit with exit 4', async () => {
    const io = capture();
    expect(await main(['run', '--max-instructions', '10000', file('loop.py', 'while True:\n    pass\n')], io)).toBe(4);
    expect(io.stderr).toContain('limit');
  });
  it('disassembles a file', async () => {
    const io = capture();
    expect(await main(['dis', file('d.py', 'x = 1\n')], io)).toBe(0);
    expect(io.stdout).toContain('STORE_NAME               0 (x)');
  });
});
