// Object-model details that must match CPython exactly (values recorded from CPython 3.12).
import { describe, expect, it } from 'vitest';
import { intHash, floatHash, tupleHash } from './cpython-hash';
import { PySet } from './set';
import { intAdd, intMul, intFloorDiv, intMod, intPow } from './int';
import { strRepr } from './str-repr';
import { runProgram } from '../index';

describe('int arithmetic', () => {
  it('overflows into bigint and back', () => {
    expect(intAdd(9007199254740991, 1)).toBe(9007199254740992n);
    expect(intAdd(9007199254740992n, -1)).toBe(9007199254740991);
    expect(intMul(2 ** 40, 2 ** 40)).toBe(1208925819614629174706176n);
    expect(intPow(2, 100)).toBe(1267650600228229401496703205376n);
  });
  it('floors division and modulo like Python', () => {
    expect([intFloorDiv(-7, 2), intMod(-7, 3), intMod(7, -3), intFloorDiv(7n ** 30n, -2)]).toEqual([
      -4, 2, -2, -11269670145346129043931625n,
    ]);
  });
});

describe('hash values (python3.12 -c "print(hash(...))")', () => {
  it('ints, floats and tuples', () => {
    expect(intHash(2n ** 70n)).toBe(512);
    expect(intHash(-1)).toBe(-2);
    expect(floatHash(1.5)).toBe(1152921504606846977n);
    expect(tupleHash([1, 2])).toBe(-3550055125485641917n);
  });
});

describe('set iteration order follows CPython slots', () => {
  it('orders small ints like CPython', () => {
    const s = new PySet();
    for (const x of [5, 3, 1, 100, 42, 7]) s.add(x);
    expect([...s.values()]).toEqual([1, 3, 100, 5, 7, 42]);
    const t = new PySet();
    for (const x of [-1, -2, 8, 16]) t.add(x);
    expect([...t.values()]).toEqual([8, 16, -1, -2]);
  });
});

describe('str repr', () => {
  it('chooses quotes and escapes like CPython', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('a\nb\t\x00é')).toBe("'a\\nb\\t\\x00é'");
    expect(strRepr('both \' and "')).toBe("'both \\' and \"'");
  });
});

describe('programs', () => {
  const run = (src: string) => runProgram(src, { filename: '/t.py' });
  it('classes, super, properties and dunders', () => {
    const r = run(
      'class A:\n    def __init__(self, x): self._x = x\n    @property\n    def x(self): return self._x\n' +
        '    def __add__(self, o): return A(self.x + o.x)\n    def __repr__(self): return f"A({self.x})"\n' +
        'class B(A):\n    def __init__(self, x):\n        super().__init__(x * 10)\n' +
        'print(A(1) + B(2), sorted([B(3), A(4)], key=lambda a: a.x), isinstance(B(1), A))\n',
    );
    expect(r).toEqual({ stdout: 'A(21) [A(4), A(30)] True\n', stderr: '', exitCode: 0 });
  });
  it('generators, closures and exceptions with chaining', () => {
    const r = run(
      'def gen():\n    yield from range(3)\n    return 9\n' +
        'def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n' +
        'i = outer(); i(); print(list(gen()), i())\n' +
        'try:\n    try:\n        {}["k"]\n    except KeyError as e:\n        raise ValueError("v") from e\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__))\n',
    );
    expect(r.stdout).toBe("[0, 1, 2] 2\nValueError('v') KeyError('k')\n");
  });
  it('raises RecursionError at the recursion limit', () => {
    const r = run('def f(n):\n    return f(n + 1)\nf(0)\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('[Previous line repeated 996 more times]');
    expect(r.stderr.endsWith('RecursionError: maximum recursion depth exceeded\n')).toBe(true);
  });
  it('turns runaway allocation into MemoryError', () => {
    const r = run('x = [0] * (10 ** 12)\n');
    expect(r.stderr.endsWith('MemoryError\n')).toBe(true);
  });
});
