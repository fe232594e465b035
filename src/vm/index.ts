// The VM's public surface (see prompts/vm-contract): single-threaded runs for the CLI and tests,
// and the step-wise Interpreter/PyThread API that the scheduler drives.
export type { RunOptions, RunResult } from './run';
export { runProgram, disassemble } from './run';
export { Interpreter } from './interpreter/interpreter';
export type { Tracer, BreakerMode } from './interpreter/interpreter';
export { PyThread } from './interpreter/thread';
export type { StepResult } from './interpreter/thread';
export { Suspend } from './interpreter/suspend';
export type { PyObject } from './objects/base';
