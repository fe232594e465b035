// type.__call__ (for metaclasses calling super().__call__) and other attributes that need
// the interpreter: cell.cell_contents, code.co_* fields.
import { PyBuiltin, typeType, PyType, None, methodDescriptorType, type PyObject } from '../objects/base';
import { pyErr, TypeError, ValueError } from '../objects/exceptions';
import { typeCallGen } from '../interpreter/thread';
import type { Interpreter } from '../interpreter/interpreter';
import { cellType, defineGetSets, PyCell } from '../objects/function';
import { codeType, CodeObject } from '../compiler/code';
import { PyTuple } from '../objects/tuple';

let done = false;
export function installInterpreterBuiltins(interp: Interpreter): void {
  typeType.dict!.set('__call__', new PyBuiltin('__call__', null, function* (a, kw) {
    const C = a[0];
    if (!(C instanceof PyType)) throw pyErr(TypeError, "descriptor '__call__' requires a 'type' object");
    return yield* typeCallGen(C, a.slice(1), kw, interp);
  }, null, methodDescriptorType, 'type.__call__'));
  if (done) return;
  done = true;
  defineGetSets(cellType, {
    cell_contents: [(o) => {
      const v = (o as PyCell).value;
      if (v === undefined) throw pyErr(ValueError, 'Cell is empty');
      return v;
    }, (o, v) => {
      (o as PyCell).value = v;
    }],
  });
  const c = (o: PyObject) => o as CodeObject;
  defineGetSets(codeType, {
    co_name: [(o) => c(o).name],
    co_qualname: [(o) => c(o).qualname],
    co_filename: [(o) => c(o).filename],
    co_firstlineno: [(o) => c(o).firstlineno],
    co_argcount: [(o) => c(o).argcount],
    co_posonlyargcount: [(o) => c(o).posonlyargcount],
    co_kwonlyargcount: [(o) => c(o).kwonlyargcount],
    co_nlocals: [(o) => c(o).varnames.length],
    co_varnames: [(o) => new PyTuple(c(o).varnames)],
    co_cellvars: [(o) => new PyTuple(c(o).cellvars)],
    co_freevars: [(o) => new PyTuple(c(o).freevars)],
    co_names: [(o) => new PyTuple(c(o).names)],
    co_consts: [(o) => new PyTuple(c(o).consts)],
    co_flags: [(o) => c(o).flags],
    co_stacksize: [(o) => c(o).stacksize],
  });
  void None;
}
