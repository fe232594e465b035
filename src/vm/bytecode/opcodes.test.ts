import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OP_NAMES, stackEffect, Op } from './opcodes';

describe('opcode table', () => {
  it('names every opcode once', () => {
    expect(new Set(OP_NAMES).size).toBe(OP_NAMES.length);
    expect(OP_NAMES[Op.LOAD_FAST]).toBe('LOAD_FAST');
    expect(OP_NAMES[Op.JUMP_NO_INTERRUPT]).toBe('JUMP_NO_INTERRUPT');
  });
  it('the interpreter literal opcode numbers match the table', () => {
    const src = readFileSync(join(import.meta.dirname, '../interpreter/thread.ts'), 'utf8');
    const uses = [...src.matchAll(/(\d+) \/\* ([A-Z_0-9]+) \*\//g)];
    expect(uses.length).toBeGreaterThan(50);
    for (const [, n, name] of uses) expect(`${name}=${OP_NAMES[Number(n)]}`).toBe(`${name}=${name}`);
  });
  it('has CPython 3.12 stack effects for common instructions', () => {
    expect(stackEffect(Op.BINARY_OP, 0, false)).toBe(-1);
    expect(stackEffect(Op.CALL, 2, false)).toBe(-3);
    expect(stackEffect(Op.LOAD_GLOBAL, 1, false)).toBe(2);
    expect(stackEffect(Op.BUILD_MAP, 2, false)).toBe(-3);
  });
});
