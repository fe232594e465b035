import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLessons, lessonsCommand } from './lessons-check';

const FRONT = (id: string) => `---\nid: ${id}\ntitle: T\norder: 1\nsummary: S.\nlevel: beginner\n---\n`;
const FENCE = '```';

const work = mkdtempSync(join(tmpdir(), 'lessons-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function lessonsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'set-'));
  for (const [folder, text] of Object.entries(files)) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'index.md'), text);
  }
  return dir;
}

describe('interleave lessons check', () => {
  it('passes on the shipped lessons', () => {
    let out = '';
    const code = lessonsCommand(['check', resolve(import.meta.dirname, '../../lessons')], { out: (s) => (out += s), err: (s) => (out += s) });
    expect(out).toMatch(/\d+ checked in .*, 0 failed/);
    expect(code, out).toBe(0);
  }, 60_000);

  it('fails on an example that raises, unless it says it expects to', () => {
    const dir = lessonsDir({
      '01-a': `${FRONT('a')}\n${FENCE}python run\nraise ValueError("boom")\n${FENCE}\n\n${FENCE}python run expect=error\nraise ValueError("on purpose")\n${FENCE}\n`,
    });
    const lines = checkLessons(dir);
    expect(lines.map((l) => l.ok)).toEqual([false, true]);
    expect(lines[0].why).toContain('ValueError: boom');
  });

  it('fails on a deadlock nobody announced and accepts an announced one', () => {
    const deadlock = 'import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n';
    const dir = lessonsDir({
      '01-a': `${FRONT('a')}\n${FENCE}python run\n${deadlock}${FENCE}\n\n${FENCE}python run expect=deadlock\n${deadlock}${FENCE}\n`,
    });
    expect(checkLessons(dir).map((l) => l.ok)).toEqual([false, true]);
  });

  it('fails when a starter passes or a solution fails', () => {
    const exercise = (starter: string, solution: string) =>
      `:::exercise E\nDo it.\n\n${FENCE}python starter\n${starter}\n${FENCE}\n\n${FENCE}python solution\n${solution}\n${FENCE}\n\n${FENCE}python check\nassert x == 2\n${FENCE}\n:::\n`;
    const dir = lessonsDir({
      '01-good': `${FRONT('good')}\n${exercise('x = 1', 'x = 2')}`,
      '02-starter-passes': `${FRONT('starter-passes')}\n${exercise('x = 2', 'x = 2')}`,
      '03-solution-fails': `${FRONT('solution-fails')}\n${exercise('x = 1', 'x = 3')}`,
    });
    const lines = checkLessons(dir);
    expect(lines.map((l) => [l.what, l.ok])).toEqual([
      ['01-good exercise-1', true],
      ['02-starter-passes exercise-1', false],
      ['03-solution-fails exercise-1', false],
    ]);
    expect(lines[1].why).toBe('the starter already passes the check');
    expect(lines[2].why).toContain('the solution fails the check');
  });

  it('reports a lesson file that does not parse, with its line', () => {
    const dir = lessonsDir({ '01-broken': `${FRONT('broken')}\n:::quiz\nQuestion?\n- [x] only one answer\n:::\n` });
    const [line] = checkLessons(dir);
    expect(line.ok).toBe(false);
    expect(line.why).toMatch(/line \d+: quiz needs at least two/);
  });

  it('explains its usage', () => {
    let err = '';
    expect(lessonsCommand(['verify'], { out: () => {}, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('usage: interleave lessons check [DIR]');
  });
});
