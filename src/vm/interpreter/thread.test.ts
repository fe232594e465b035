// The step-wise contract the scheduler drives: run(budget), blocking natives, drop requests,
// several threads in one interpreter, and natives that call back into Python while it blocks.
import { describe, expect, it } from 'vitest';
import { Interpreter, Suspend, type PyObject } from '../index';
import { builtin, None } from '../objects/base';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { pyErr, KeyError } from '../objects/exceptions';

function withBlocker(interp: Interpreter): void {
  interp.registerNativeModule('blocker', () => {
    const g = new PyDict();
    g.set('__name__', 'blocker');
    g.set('wait', builtin('wait', (a) => new Suspend({ waitFor: a[0] ?? None })));
    return new PyModule('blocker', g);
  });
}

function runAll(t: ReturnType<Interpreter['mainThread']>, onBlocked: (req: unknown) => PyObject) {
  for (let guard = 0; guard < 10_000; guard++) {
    const r = t.run(1000);
    if (r.kind === 'blocked') t.resume(onBlocked(r.request));
    else if (r.kind === 'finished' || r.kind === 'raised') return r;
  }
  throw new Error('did not finish');
}

describe('PyThread', () => {
  it('runs in bounded steps and reports the budget', () => {
    const interp = new Interpreter();
    const t = interp.mainThread('total = 0\nfor i in range(100):\n    total += i\nprint(total)\n', '<t>');
    const first = t.run(10);
    expect(first).toEqual({ kind: 'budget', executed: 10 });
    let r = t.run(100_000);
    expect(r.kind).toBe('finished');
    expect(interp.stdoutText).toBe('4950\n');
    r = t.run(5);
    expect(r.kind).toBe('finished');
  });

  it('blocks on a native Suspend and resumes with the value', () => {
    const interp = new Interpreter();
    withBlocker(interp);
    const t = interp.mainThread('import blocker\nx = blocker.wait(5)\nprint("got", x)\n', '<t>');
    const r = t.run(10_000);
    expect(r.kind).toBe('blocked');
    expect((r as { request: { waitFor: PyObject } }).request.waitFor).toBe(5);
    t.resume(42);
    expect(t.run(10_000).kind).toBe('finished');
    expect(interp.stdoutText).toBe('got 42\n');
  });

  it('lets Python code called by a builtin block (sorted with a key that waits)', () => {
    const interp = new Interpreter();
    withBlocker(interp);
    const src = 'import blocker\nprint(sorted([3, 1, 2], key=lambda v: blocker.wait(v)))\n' +
      'print(list(map(lambda v: blocker.wait(v) * 10, [1, 2])))\n';
    const t = interp.mainThread(src, '<t>');
    const seen: PyObject[] = [];
    const r = runAll(t, (req) => {
      const v = (req as { waitFor: PyObject }).waitFor;
      seen.push(v);
      return -(v as number);
    });
    expect(r.kind).toBe('finished');
    expect(seen).toEqual([3, 1, 2, 1, 2]);
    expect(interp.stdoutText).toBe('[3, 2, 1]\n[-10, -20]\n');
  });

  it('resumeWithException raises inside the blocked call', () => {
    const interp = new Interpreter();
    withBlocker(interp);
    const t = interp.mainThread('import blocker\ntry:\n    blocker.wait()\nexcept KeyError as e:\n    print("caught", e)\n', '<t>');
    expect(t.run(10_000).kind).toBe('blocked');
    t.resumeWithException(pyErr(KeyError, 'k'));
    expect(t.run(10_000).kind).toBe('finished');
    expect(interp.stdoutText).toBe("caught 'k'\n");
  });

  it('switches at eval-breaker points when a drop is requested', () => {
    const interp = new Interpreter();
    const t = interp.mainThread('n = 0\nwhile n < 1000:\n    n += 1\n', '<t>');
    expect(t.run(8).kind).toBe('budget');
    t.dropRequest = true;
    const r = t.run(100_000);
    expect(r.kind).toBe('switch');
    // 3.12 mode: only at RESUME / JUMP_BACKWARD / calls, so the loop body ran to its end first
    expect(r.executed).toBeGreaterThan(1);
    t.dropRequest = false;
    expect(t.run(100_000).kind).toBe('finished');
  });

  it("'every' mode switches before the next instruction", () => {
    const interp = new Interpreter();
    interp.breakerMode = 'every';
    const t = interp.mainThread('x = 1\ny = 2\n', '<t>');
    t.run(2);
    t.dropRequest = true;
    expect(t.run(100)).toEqual({ kind: 'switch', executed: 1 });
  });

  it('runs a second thread on a callable and reports uncaught exceptions', () => {
    const interp = new Interpreter();
    const main = interp.mainThread('def work(a, b=2):\n    return a * b\ndef bad():\n    return 1 / 0\n', '<t>');
    expect(main.run(10_000).kind).toBe('finished');
    const g = interp.modules.get('__main__')!.globals;
    const t = interp.newThread(g.get('work')!, [21], null);
    expect(t.run(1000)).toMatchObject({ kind: 'finished', value: 42 });
    const t2 = interp.newThread(g.get('bad')!, [], null);
    const r = t2.run(1000);
    expect(r.kind).toBe('raised');
  });

  it('calls the tracer on new lines and on global accesses', () => {
    const interp = new Interpreter();
    const lines: number[] = [];
    const writes: PyObject[] = [];
    interp.tracer = {
      onLine: (_t, _c, line) => lines.push(line),
      onAccess: (_t, kind, target) => {
        if (kind === 'write') writes.push(target.key);
      },
    };
    const t = interp.mainThread('a = 1\nb = a + 1\n', '<t>');
    t.run(1000);
    expect(lines).toEqual([1, 2]);
    expect(writes).toEqual(['a', 'b']);
  });
});
