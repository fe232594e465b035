"""Disassembler of the VM's bytecode (CPython 3.12's format), backed by the native _dis."""
import _dis
from collections import namedtuple

Instruction = namedtuple(
    "Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line", "is_jump_target"],
)

_NAMED = {"LOAD_NAME", "STORE_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "LOAD_FAST", "STORE_FAST",
          "LOAD_DEREF", "STORE_DEREF", "IMPORT_NAME", "IMPORT_FROM", "DELETE_FAST", "DELETE_NAME"}


def _argval(opname, arg, argrepr):
    if arg is None:
        return None
    if opname in _NAMED:
        return argrepr.split(" + ")[-1]
    if argrepr.startswith("to "):
        return int(argrepr[3:])
    if opname in ("LOAD_CONST", "RETURN_CONST"):
        try:
            return eval(argrepr)
        except Exception:
            return argrepr
    return arg


def get_instructions(x):
    for opname, arg, argrepr, offset, line, target in _dis.instructions(x):
        yield Instruction(opname, None, arg, _argval(opname, arg, argrepr), argrepr, offset, line, target)


def dis(x=None):
    _dis.dis(x)


disassemble = dis
