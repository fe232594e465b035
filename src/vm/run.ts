// Single-threaded program runs (CLI, tests) and the disassembler entry point.
import { Interpreter } from './interpreter/interpreter';
import { disassembleSource } from './bytecode/dis';

export interface RunOptions {
  filename?: string;
  argv?: string[];
  stdin?: string;
  maxInstructions?: number;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const interp = new Interpreter({
    argv: options.argv,
    stdin: options.stdin,
    onStdout: options.onStdout,
    onStderr: options.onStderr,
  });
  return interp.runMain(source, options.filename ?? '<stdin>', options.maxInstructions);
}

export function disassemble(source: string, filename = '<stdin>'): string {
  return disassembleSource(source, filename);
}
