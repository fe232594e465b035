// Messages between the conformance runner and case-host.ts (over the child's IPC channel),
// and the slice of the VM contract (src/vm/index.ts) the host relies on.

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type RunProgramFn = (
  source: string,
  options: { filename: string; argv: string[]; stdin: string; maxInstructions: number },
) => RunResult;

export interface HostRequest {
  id: number;
  source: string;
  filename: string;
  stdin: string;
  maxInstructions: number;
}

export interface HostResponse {
  id: number;
  ms: number;
  result?: RunResult;
  /** The VM could not be loaded or broke its contract (threw). */
  hostError?: string;
  ready?: boolean;
}
