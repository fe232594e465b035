// A disassembly listing in CPython 3.12's `dis` format (offsets include 3.12's inline caches).
import { Op, OP_NAMES, cacheEntries, INTRINSIC_1, INTRINSIC_2 } from './opcodes';
import { CodeObject } from '../compiler/code';
import { parse } from '../parser';
import { Compiler } from '../compiler/codegen';
import { BINARY_OPS, CMP_OPS } from '../objects/ops-table';
import { reprFast } from '../objects/repr';
import { PyTuple } from '../objects/tuple';
import type { PyObject } from '../objects/base';
import { localsplusName } from '../interpreter/thread';

function constRepr(v: PyObject): string {
  if (v instanceof CodeObject) return `<code object ${v.name} at 0x7f0000000000, file "${v.filename}", line ${v.firstlineno}>`;
  if (v instanceof PyTuple) {
    const parts = v.items.map(constRepr);
    return '(' + parts.join(', ') + (parts.length === 1 ? ',)' : ')');
  }
  return reprFast(v) ?? String(v);
}

export function disassembleCode(code: CodeObject, out: string[] = [], header = false): string[] {
  if (header) out.push(`Disassembly of ${constRepr(code)}:`);
  const n = code.code.length >> 1;
  const offsets: number[] = [];
  let off = 0;
  for (let i = 0; i < n; i++) {
    offsets.push(off);
    off += 2 + 2 * cacheEntries(code.code[i * 2] as Op);
  }
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const op = code.code[i * 2] as Op;
    if (op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT || op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE || op === Op.FOR_ITER || op === Op.SEND) {
      targets.add(code.code[i * 2 + 1]);
    }
    if (code.excTarget[i] >= 0) targets.add(code.excTarget[i]);
  }
  let lastLine = -2;
  for (let i = 0; i < n; i++) {
    const op = code.code[i * 2] as Op;
    const arg = code.code[i * 2 + 1];
    const line = code.positions[i * 4];
    let lineCol = '   ';
    if (line !== lastLine && line >= 0) {
      if (i > 0) out.push('');
      lineCol = String(line).padStart(3);
      lastLine = line;
    }
    const mark = targets.has(i) ? '>>' : '  ';
    const name = OP_NAMES[op];
    let argStr = '';
    let argRepr = '';
    const hasArg = op >= Op.COPY && ![Op.END_FOR, Op.END_SEND, Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.BINARY_SLICE, Op.STORE_SLICE, Op.GET_ITER, Op.GET_YIELD_FROM_ITER, Op.RETURN_GENERATOR, Op.CLEANUP_THROW, Op.GET_AITER, Op.GET_ANEXT, Op.END_ASYNC_FOR, Op.BEFORE_ASYNC_WITH, Op.RETURN_VALUE, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH, Op.CHECK_EG_MATCH, Op.WITH_EXCEPT_START, Op.BEFORE_WITH, Op.LOAD_ASSERTION_ERROR, Op.LOAD_BUILD_CLASS, Op.SETUP_ANNOTATIONS, Op.MATCH_MAPPING, Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.GET_LEN, Op.LOAD_LOCALS, Op.PUSH_NULL, Op.POP_TOP, Op.NOP].includes(op);
    if (hasArg) {
      let shown = arg;
      switch (op) {
        case Op.LOAD_CONST:
        case Op.RETURN_CONST:
        case Op.KW_NAMES:
          argRepr = constRepr(code.consts[arg]);
          break;
        case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: case Op.STORE_GLOBAL: case Op.DELETE_GLOBAL:
        case Op.STORE_ATTR: case Op.DELETE_ATTR: case Op.IMPORT_NAME: case Op.IMPORT_FROM: case Op.LOAD_FROM_DICT_OR_GLOBALS:
          argRepr = code.names[arg];
          break;
        case Op.LOAD_GLOBAL:
          argRepr = (arg & 1 ? 'NULL + ' : '') + code.names[arg >> 1];
          break;
        case Op.LOAD_ATTR:
          argRepr = (arg & 1 ? 'NULL|self + ' : '') + code.names[arg >> 1];
          break;
        case Op.LOAD_FAST: case Op.LOAD_FAST_CHECK: case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST: case Op.DELETE_FAST:
        case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.DELETE_DEREF: case Op.LOAD_CLOSURE: case Op.MAKE_CELL:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          argRepr = localsplusName(code, arg);
          break;
        case Op.BINARY_OP:
          argRepr = arg >= 13 ? BINARY_OPS[arg - 13] + '=' : BINARY_OPS[arg];
          break;
        case Op.COMPARE_OP:
          argRepr = CMP_OPS[arg >> 4];
          break;
        case Op.JUMP_FORWARD: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE: case Op.FOR_ITER: case Op.SEND: {
          const to = offsets[arg];
          const next = offsets[i] + 2 + 2 * cacheEntries(op);
          shown = (to - next) / 2;
          argRepr = `to ${to}`;
          break;
        }
        case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: {
          const to = offsets[arg];
          const next = offsets[i] + 2 + 2 * cacheEntries(op);
          shown = (next - to) / 2;
          argRepr = `to ${to}`;
          break;
        }
        case Op.FORMAT_VALUE: {
          const conv = ['', 'str', 'repr', 'ascii'][arg & 3];
          argRepr = [conv, arg & 4 ? 'with format' : ''].filter(Boolean).join(', ');
          break;
        }
        case Op.MAKE_FUNCTION: {
          const flags = ['defaults', 'kwdefaults', 'annotations', 'closure'].filter((_, b) => arg & (1 << b));
          argRepr = flags.join(', ');
          break;
        }
        case Op.CALL_INTRINSIC_1:
          argRepr = INTRINSIC_1[arg] ?? '';
          break;
        case Op.CALL_INTRINSIC_2:
          argRepr = INTRINSIC_2[arg] ?? '';
          break;
      }
      argStr = String(shown);
    }
    const fields = [lineCol, '   ', mark, String(offsets[i]).padStart(4), name.padEnd(20)];
    if (hasArg) {
      fields.push(argStr.padStart(5));
      if (argRepr) fields.push(`(${argRepr})`);
    }
    out.push(fields.join(' ').replace(/\s+$/, ''));
  }
  // exception table
  const rows: string[] = [];
  let i = 0;
  while (i < n) {
    if (code.excTarget[i] < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && code.excTarget[j + 1] === code.excTarget[i] && code.excDepth[j + 1] === code.excDepth[i] && code.excLasti[j + 1] === code.excLasti[i]) j++;
    rows.push(`  ${offsets[i]} to ${offsets[j]} -> ${offsets[code.excTarget[i]]} [${code.excDepth[i]}]${code.excLasti[i] ? ' lasti' : ''}`);
    i = j + 1;
  }
  if (rows.length) {
    out.push('ExceptionTable:');
    out.push(...rows);
  }
  for (const c of code.consts) {
    if (c instanceof CodeObject) {
      out.push('');
      disassembleCode(c, out, true);
    }
  }
  return out;
}

export function disassembleSource(source: string, filename: string): string {
  const mod = parse(source, filename);
  const code = new Compiler(filename, source).compileModule(mod);
  return disassembleCode(code).join('\n') + '\n';
}
