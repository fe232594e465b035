// The one opcode table: names as CPython 3.12's `dis` prints them, inline-cache sizes (so that
// dis offsets match CPython's), jump kinds and stack effects (used by the assembler's depth
// analysis). Numbers are ours; only names are CPython's.
// https://docs.python.org/3.12/library/dis.html#python-bytecode-instructions

export const enum Op {
  NOP, POP_TOP, PUSH_NULL, COPY, SWAP, END_FOR, END_SEND,
  UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
  BINARY_OP, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE, BUILD_SLICE,
  COMPARE_OP, IS_OP, CONTAINS_OP,
  LOAD_CONST, RETURN_CONST, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
  LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST,
  LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, MAKE_CELL, COPY_FREE_VARS,
  LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, LOAD_LOCALS,
  LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_SUPER_ATTR,
  BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING,
  LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
  UNPACK_SEQUENCE, UNPACK_EX, FORMAT_VALUE,
  JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
  POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
  GET_ITER, FOR_ITER, GET_YIELD_FROM_ITER, SEND, YIELD_VALUE, RETURN_GENERATOR, CLEANUP_THROW,
  GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
  KW_NAMES, CALL, CALL_FUNCTION_EX, MAKE_FUNCTION, RETURN_VALUE, CALL_INTRINSIC_1, CALL_INTRINSIC_2,
  RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH,
  WITH_EXCEPT_START, BEFORE_WITH, LOAD_ASSERTION_ERROR,
  LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, IMPORT_NAME, IMPORT_FROM,
  RESUME, MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN,
  // pseudo instructions: removed by the assembler
  SETUP_MARK, JUMP, JUMP_NO_INTERRUPT,
}

export const OP_NAMES: string[] = [
  'NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'END_FOR', 'END_SEND',
  'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT',
  'BINARY_OP', 'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'BUILD_SLICE',
  'COMPARE_OP', 'IS_OP', 'CONTAINS_OP',
  'LOAD_CONST', 'RETURN_CONST', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
  'LOAD_FAST', 'LOAD_FAST_CHECK', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST', 'DELETE_FAST',
  'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'MAKE_CELL', 'COPY_FREE_VARS',
  'LOAD_FROM_DICT_OR_DEREF', 'LOAD_FROM_DICT_OR_GLOBALS', 'LOAD_LOCALS',
  'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_SUPER_ATTR',
  'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
  'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE',
  'UNPACK_SEQUENCE', 'UNPACK_EX', 'FORMAT_VALUE',
  'JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT',
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
  'GET_ITER', 'FOR_ITER', 'GET_YIELD_FROM_ITER', 'SEND', 'YIELD_VALUE', 'RETURN_GENERATOR', 'CLEANUP_THROW',
  'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'BEFORE_ASYNC_WITH',
  'KW_NAMES', 'CALL', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'RETURN_VALUE', 'CALL_INTRINSIC_1', 'CALL_INTRINSIC_2',
  'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH',
  'WITH_EXCEPT_START', 'BEFORE_WITH', 'LOAD_ASSERTION_ERROR',
  'LOAD_BUILD_CLASS', 'SETUP_ANNOTATIONS', 'IMPORT_NAME', 'IMPORT_FROM',
  'RESUME', 'MATCH_CLASS', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS', 'GET_LEN',
  'SETUP_MARK', 'JUMP', 'JUMP_NO_INTERRUPT',
];

/** Inline cache entries after each instruction in CPython 3.12 (affects dis offsets only). */
export function cacheEntries(op: Op): number {
  switch (op) {
    case Op.LOAD_GLOBAL: return 4;
    case Op.LOAD_ATTR: return 9;
    case Op.STORE_ATTR: return 4;
    case Op.CALL: return 3;
    case Op.BINARY_OP: case Op.UNPACK_SEQUENCE: case Op.COMPARE_OP: case Op.BINARY_SUBSCR:
    case Op.STORE_SUBSCR: case Op.FOR_ITER: case Op.SEND: case Op.LOAD_SUPER_ATTR:
      return 1;
    default: return 0;
  }
}

export function isJump(op: Op): boolean {
  switch (op) {
    case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
    case Op.FOR_ITER: case Op.SEND: case Op.JUMP: case Op.JUMP_NO_INTERRUPT:
      return true;
    default: return false;
  }
}

/** Control never falls through to the next instruction. */
export function isTerminator(op: Op): boolean {
  switch (op) {
    case Op.RETURN_VALUE: case Op.RETURN_CONST: case Op.RAISE_VARARGS: case Op.RERAISE:
    case Op.JUMP: case Op.JUMP_NO_INTERRUPT: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return true;
    default: return false;
  }
}

/** Net stack effect; `jump` selects the effect along the jump edge. */
export function stackEffect(op: Op, arg: number, _jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.SETUP_MARK: case Op.RESUME: case Op.MAKE_CELL: case Op.COPY_FREE_VARS:
    case Op.JUMP: case Op.JUMP_NO_INTERRUPT: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT: case Op.KW_NAMES: case Op.UNARY_NEGATIVE: case Op.UNARY_NOT:
    case Op.UNARY_INVERT: case Op.GET_ITER: case Op.GET_YIELD_FROM_ITER: case Op.FORMAT_VALUE - 1000:
    case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.DELETE_DEREF:
    case Op.CALL_INTRINSIC_1: case Op.YIELD_VALUE: case Op.SETUP_ANNOTATIONS: case Op.GET_AWAITABLE:
    case Op.GET_AITER: case Op.LOAD_CLOSURE - 1000: case Op.CHECK_EXC_MATCH: case Op.RETURN_GENERATOR:
      return op === Op.RETURN_GENERATOR ? 1 : 0;
    case Op.POP_TOP: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_FAST: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.POP_EXCEPT: case Op.END_SEND:
    case Op.IMPORT_NAME: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_OP:
    case Op.BINARY_SUBSCR: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: case Op.CALL_INTRINSIC_2: case Op.CLEANUP_THROW - 1000:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_NAME: case Op.LOAD_FAST:
    case Op.LOAD_FAST_CHECK: case Op.LOAD_FAST_AND_CLEAR: case Op.LOAD_DEREF: case Op.LOAD_CLOSURE:
    case Op.LOAD_ASSERTION_ERROR: case Op.LOAD_BUILD_CLASS: case Op.IMPORT_FROM: case Op.GET_LEN:
    case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.MATCH_KEYS: case Op.PUSH_EXC_INFO:
    case Op.BEFORE_WITH: case Op.GET_ANEXT: case Op.BEFORE_ASYNC_WITH: case Op.LOAD_LOCALS:
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.LOAD_FROM_DICT_OR_DEREF: case Op.LOAD_FROM_DICT_OR_GLOBALS: case Op.SWAP: case Op.RETURN_CONST:
    case Op.CHECK_EG_MATCH: case Op.FORMAT_VALUE:
      return op === Op.FORMAT_VALUE ? ((arg & 4) ? -1 : 0) : 0;
    case Op.END_FOR: case Op.STORE_ATTR: case Op.DELETE_SUBSCR: case Op.END_ASYNC_FOR: case Op.CLEANUP_THROW:
      return op === Op.CLEANUP_THROW ? -1 : -2;
    case Op.STORE_SUBSCR: case Op.STORE_SLICE + 1000: return -3;
    case Op.STORE_SLICE: return -4;
    case Op.BINARY_SLICE: return -2;
    case Op.BUILD_SLICE: return 1 - arg;
    case Op.LOAD_GLOBAL: return 1 + (arg & 1);
    case Op.LOAD_ATTR: return arg & 1;
    case Op.LOAD_SUPER_ATTR: return -2 + (arg & 1);
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP: return -arg;
    case Op.MAP_ADD: return -2;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.FOR_ITER: return 1; // the jump lands on END_FOR, which pops iterator and value
    case Op.SEND: return 0;
    case Op.CALL: return -1 - arg;
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: {
      let n = 0;
      for (let b = 1; b <= 8; b <<= 1) if (arg & b) n++;
      return -n;
    }
    case Op.RAISE_VARARGS: return -arg;
    case Op.RERAISE: return -1;
    case Op.MATCH_CLASS: return -2;
  }
  return 0;
}

/** CPython 3.12's COMPARE_OP oparg: (op << 4) | comparison mask (what dis shows). */
export const COMPARE_MASKS = [2, 10, 8, 7, 4, 12];

export const INTRINSIC_1 = ['INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS'];
export const INTRINSIC_2 = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND', 'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS'];
export const INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6;
