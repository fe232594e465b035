import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreCommand } from './explore';
import { parseThreadsOptions, runFileThreaded } from './threads-options';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
};

describe('interleave run threading options', () => {
  it('parses --python/--seed/--switch-interval/--cores/--trace/--report in both forms', () => {
    const p = parseThreadsOptions(['prog.py', '--python', '3.14t', '--seed=7', '--switch-interval', '0.001', '--cores=2', '--trace', 'out.json', '--report']);
    expect(p).toEqual({
      ok: true,
      value: { python: '3.14t', seed: 7, switchInterval: 0.001, cores: 2, trace: 'out.json', report: true },
      rest: ['prog.py'],
    });
    expect(parseThreadsOptions(['--python', '2.7']).ok).toBe(false);
    expect(parseThreadsOptions(['--seed', '-1']).ok).toBe(false);
  });

  it('runs a threaded program, writes a Chrome trace and reports findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interleave-cli-'));
    const file = join(dir, 'p.py');
    writeFileSync(file, 'import threading, time\nt = threading.Thread(target=time.sleep, args=(1,))\nt.start(); t.join()\nprint("ok")\n');
    const c = capture();
    const code = runFileThreaded(file, { python: '3.14', seed: 1, report: true, trace: join(dir, 't.json') }, c.io);
    expect(code).toBe(0);
    expect(c.out.join('')).toBe('ok\n');
    expect(c.err.join('')).toContain('Interleave report:');
    const trace = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')) as { traceEvents: unknown[] };
    expect(trace.traceEvents.length).toBeGreaterThan(5);
  });

  it('explore --json prints the outcome classes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interleave-cli-'));
    const file = join(dir, 'p.py');
    writeFileSync(file, 'print("same every time")\n');
    const c = capture();
    expect(exploreCommand([file, '--runs', '5', '--json'], c.io)).toBe(0);
    const r = JSON.parse(c.out.join('')) as { runs: number; outcomes: { stdout: string; exit: number; count: number; seeds: number[] }[] };
    expect(r.runs).toBe(5);
    expect(r.outcomes).toEqual([{ stdout: 'same every time\n', stderr: '', exit: 0, count: 5, seeds: [1, 2, 3, 4, 5] }]);
  });
});
