// Parent side of case-host.ts: runs one case at a time in a child process with a wall-clock
// limit, killing and restarting the child when a case hangs or crashes it.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ConformanceCase } from './case-files';
import type { HostResponse, RunResult } from './host-protocol';

const HOST_PATH = fileURLToPath(new URL('./case-host.ts', import.meta.url));
const TSX_LOADER = createRequire(import.meta.url).resolve('tsx');

/** Defaults; override with CONFORMANCE_MAX_INSTRUCTIONS / CONFORMANCE_TIMEOUT_MS. */
export const MAX_INSTRUCTIONS = Number(process.env.CONFORMANCE_MAX_INSTRUCTIONS ?? 50_000_000);
export const TIMEOUT_MS = Number(process.env.CONFORMANCE_TIMEOUT_MS ?? 20_000);

export type CaseOutcome =
  | { kind: 'ran'; result: RunResult; ms: number }
  | { kind: 'host-error'; message: string; ms: number };

export class CaseHost {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 0;
  private pending: { id: number; settle: (response: HostResponse | Error) => void } | null = null;

  private start(): Promise<void> {
    const child = fork(HOST_PATH, [], {
      execArgv: ['--import', TSX_LOADER, '--max-old-space-size=2048', '--stack-size=4000'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    // Anything the VM writes straight to the console is not part of the run's result.
    child.stdout?.resume();
    let childStderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      childStderr = (childStderr + chunk.toString()).slice(-2000);
    });
    this.child = child;
    return new Promise((resolve, reject) => {
      child.on('message', (message: HostResponse) => {
        if (message.ready) resolve();
        else if (this.pending && message.id === this.pending.id) this.pending.settle(message);
      });
      child.on('exit', (code, signal) => {
        if (this.child === child) this.child = null;
        this.ready = null;
        const error = new Error(`case host exited (${signal ?? code})${childStderr ? `: ${childStderr.trim()}` : ''}`);
        reject(error);
        this.pending?.settle(error);
      });
    });
  }

  private kill(): void {
    const child = this.child;
    this.child = null;
    this.ready = null;
    child?.kill('SIGKILL');
  }

  async run(c: ConformanceCase, timeoutMs: number = TIMEOUT_MS): Promise<CaseOutcome> {
    if (!this.ready) this.ready = this.start();
    try {
      await this.ready;
    } catch (err) {
      return { kind: 'host-error', message: (err as Error).message, ms: 0 };
    }
    const id = this.nextId++;
    const started = performance.now();
    const response = await new Promise<HostResponse | Error>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.kill();
        resolve(new Error(`timed out after ${timeoutMs} ms (the VM did not return; instruction limit not honoured?)`));
      }, timeoutMs);
      this.pending = {
        id,
        settle: (r) => {
          clearTimeout(timer);
          this.pending = null;
          resolve(r);
        },
      };
      this.child?.send({ id, source: c.source, filename: c.filename, stdin: c.stdin, maxInstructions: MAX_INSTRUCTIONS });
    });
    const ms = performance.now() - started;
    if (response instanceof Error) return { kind: 'host-error', message: response.message, ms };
    if (response.result) return { kind: 'ran', result: response.result, ms: response.ms };
    return { kind: 'host-error', message: response.hostError ?? 'no result', ms };
  }

  close(): void {
    this.kill();
  }
}
