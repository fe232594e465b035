// The assembler: stack-depth flow analysis (also finds unreachable code and each exception
// handler's depth), pseudo-instruction removal, jump resolution, and the per-instruction
// position and exception tables of the CodeObject.
import { Op, stackEffect, isJump, isTerminator } from '../bytecode/opcodes';
import { CodeObject, CO_NOFREE } from './code';
import type { Unit, Instr, Handler } from './unit';

export function assemble(u: Unit, filename: string, source: string, hidden: boolean): CodeObject {
  const instrs = u.instrs;
  // CPython duplicates small exits without a line number into the blocks that jump to them
  for (const ins of instrs) {
    if (ins.op !== Op.JUMP || ins.target === null) continue;
    let t = ins.target.idx;
    while (t < instrs.length && instrs[t].op === Op.SETUP_MARK) t++;
    const dest = instrs[t];
    if (dest && dest.op === Op.RETURN_CONST && dest.loc.lineno < 0 && dest.handler === ins.handler) {
      ins.op = Op.RETURN_CONST;
      ins.arg = dest.arg;
      ins.target = null;
    }
  }
  const n = instrs.length;
  const depth = new Int32Array(n + 1).fill(-1);
  const markerOf = new Map<Instr, Handler>();
  for (const i of instrs) if (i.handler) markerOf.set(i.handler.marker, i.handler);
  // handlers that protect nothing still need their marker resolved
  let maxDepth = 0;
  const work: number[] = [];
  const visit = (idx: number, d: number) => {
    if (idx >= n) return;
    if (depth[idx] >= 0) return;
    depth[idx] = d;
    work.push(idx);
  };
  visit(0, 0);
  while (work.length) {
    const idx = work.pop()!;
    let d = depth[idx];
    for (let k = idx; k < n; k++) {
      if (k !== idx) {
        if (depth[k] >= 0) break;
        depth[k] = d;
      }
      const ins = instrs[k];
      if (ins.op === Op.SETUP_MARK) {
        const h = markerOf.get(ins);
        if (h) h.depth = d;
      }
      if (ins.handler && ins.handler.depth >= 0) {
        const h = ins.handler;
        const hd = h.depth + h.adjust + (h.lasti ? 1 : 0) + 1;
        if (hd > maxDepth) maxDepth = hd;
        visit(h.label.idx, hd);
      }
      if (isJump(ins.op) && ins.target) {
        const jd = d + stackEffect(ins.op, ins.arg, true);
        if (jd > maxDepth) maxDepth = jd;
        visit(ins.target.idx, jd);
      }
      if (isTerminator(ins.op)) break;
      d += stackEffect(ins.op, ins.arg, false);
      if (d > maxDepth) maxDepth = d;
      if (d < 0) throw new Error(`internal: negative stack depth in ${u.qualname} at ${k}`);
    }
  }

  // keep reachable real instructions; drop redundant NOPs
  const keep: boolean[] = new Array(n).fill(false);
  for (let k = 0; k < n; k++) {
    const ins = instrs[k];
    if (depth[k] < 0 || ins.op === Op.SETUP_MARK) continue;
    keep[k] = true;
  }
  for (let k = 0; k < n; k++) {
    const ins = instrs[k];
    if (!keep[k] || ins.op !== Op.NOP) continue;
    const line = ins.loc.lineno;
    let prev = k - 1;
    while (prev >= 0 && !keep[prev]) prev--;
    let next = k + 1;
    while (next < n && !keep[next]) next++;
    if (line < 0 || (prev >= 0 && instrs[prev].loc.lineno === line) || (next < n && instrs[next].loc.lineno === line)) {
      keep[k] = false;
    }
  }
  const newIndex = new Int32Array(n + 1);
  let m = 0;
  for (let k = 0; k < n; k++) {
    newIndex[k] = m;
    if (keep[k]) m++;
  }
  newIndex[n] = m;
  const code = new Int32Array(m * 2);
  const positions = new Int32Array(m * 4);
  const excTarget = new Int32Array(m).fill(-1);
  const excDepth = new Int32Array(m);
  const excLasti = new Uint8Array(m);
  let j = 0;
  let lastLine = u.firstlineno;
  for (let k = 0; k < n; k++) {
    if (!keep[k]) continue;
    const ins = instrs[k];
    let op = ins.op;
    let arg = ins.arg;
    if (ins.target) {
      const t = newIndex[ins.target.idx];
      arg = t;
      if (op === Op.JUMP) op = t <= j ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
      else if (op === Op.JUMP_NO_INTERRUPT) op = t <= j ? Op.JUMP_BACKWARD_NO_INTERRUPT : Op.JUMP_FORWARD;
    }
    code[j * 2] = op;
    code[j * 2 + 1] = arg;
    const loc = ins.loc;
    const line = loc.lineno >= 0 ? loc.lineno : lastLine;
    if (loc.lineno >= 0) lastLine = loc.lineno;
    positions[j * 4] = loc.lineno >= 0 ? line : -1;
    positions[j * 4 + 1] = loc.end_lineno;
    positions[j * 4 + 2] = loc.col_offset;
    positions[j * 4 + 3] = loc.end_col_offset;
    const h = ins.handler;
    if (h && h.depth >= 0) {
      excTarget[j] = newIndex[h.label.idx];
      excDepth[j] = h.depth + h.adjust;
      excLasti[j] = h.lasti ? 1 : 0;
    }
    j++;
  }
  const cellsOnly = u.cellvars.filter((c) => !u.varnames.includes(c));
  const nlocalsplus = u.varnames.length + cellsOnly.length + u.freevars.length;
  let flags = u.flags;
  if (u.cellvars.length === 0 && u.freevars.length === 0) flags |= CO_NOFREE;
  return new CodeObject(
    u.name, u.qualname, filename, u.firstlineno, u.argcount, u.posonlyargcount, u.kwonlyargcount, flags,
    u.varnames, u.cellvars, u.freevars, u.names, u.consts, maxDepth + 2, code, positions, excTarget, excDepth,
    excLasti, nlocalsplus, hidden, source,
  );
}
