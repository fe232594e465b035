// Child process that runs conformance cases in the VM, one message per case. It lives in its
// own process so the parent can kill it when a VM bug loops forever inside one synchronous
// runProgram call (a vitest timeout cannot interrupt that) or exhausts memory.
import type { HostRequest, HostResponse, RunProgramFn } from './host-protocol';

// Loaded by URL, not a static import, so that this host still starts (and reports every case
// as failing) while src/vm/index.ts is being written or is broken. CONFORMANCE_VM_ENTRY points
// the suite at another implementation of the contract (used to test this harness).
const VM_ENTRY = process.env.CONFORMANCE_VM_ENTRY ?? new URL('../index.ts', import.meta.url).href;

async function loadRunProgram(): Promise<RunProgramFn | string> {
  try {
    const vm = (await import(VM_ENTRY)) as { runProgram?: RunProgramFn };
    return typeof vm.runProgram === 'function' ? vm.runProgram : 'src/vm/index.ts exports no runProgram';
  } catch (err) {
    return `cannot load src/vm/index.ts: ${describe(err)}`;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function send(message: HostResponse): void {
  process.send?.(message);
}

const runProgram = await loadRunProgram();

process.on('message', (request: HostRequest) => {
  const started = performance.now();
  if (typeof runProgram === 'string') {
    send({ id: request.id, hostError: runProgram, ms: 0 });
    return;
  }
  try {
    const result = runProgram(request.source, {
      filename: request.filename,
      argv: [request.filename],
      stdin: request.stdin,
      maxInstructions: request.maxInstructions,
    });
    send({ id: request.id, result, ms: performance.now() - started });
  } catch (err) {
    // The contract says runProgram never throws; if it does, that is a VM bug worth showing.
    send({ id: request.id, hostError: `runProgram threw ${describe(err)}`, ms: performance.now() - started });
  }
});

send({ id: -1, ready: true, ms: 0 });
