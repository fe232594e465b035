import { describe, expect, it } from 'vitest';
import type { OutputChunk, RunRequest } from './api';
import { createRuntime, outcomeOf, type ProgramRunner } from './runtime';

const request: RunRequest = { code: '', filename: 'main.py', model: '3.14', seed: 1, switchInterval: 0.005 };

describe('runtime', () => {
  it('streams output in order, measures the first output and maps the exit code', async () => {
    let time = 0;
    const runner: ProgramRunner = (_req, sink) => {
      time += 2;
      sink.stdout('hello\n');
      time += 5;
      sink.stderr('Traceback (most recent call last):\n');
      return { exitCode: 1, virtualNs: 2_500_000_000 };
    };
    const received: OutputChunk[] = [];
    const outcome = await createRuntime(runner, () => [], () => time).run(request, { output: (c) => received.push(...c), inputWanted: () => {} });
    expect(received).toEqual([
      { stream: 'stdout', text: 'hello\n' },
      { stream: 'stderr', text: 'Traceback (most recent call last):\n' },
    ]);
    expect(outcome).toMatchObject({ status: 'error', exitCode: 1, stdout: 'hello\n', firstOutputMs: 2, wallMs: 7, virtualSeconds: 2.5, truncated: false });
  });

  it('resolves only after the page has acknowledged the last output', async () => {
    let acknowledged = false;
    const runner: ProgramRunner = (_req, sink) => {
      sink.stdout('last words\n');
      return { exitCode: 0 };
    };
    const output = () => new Promise<void>((resolve) => setTimeout(() => ((acknowledged = true), resolve()), 10));
    await createRuntime(runner, () => []).run(request, { output, inputWanted: () => {} });
    expect(acknowledged).toBe(true);
  });

  it('also waits for a traceback that was already sent when the program ended', async () => {
    const arrived: string[] = [];
    const runner: ProgramRunner = (_req, sink) => {
      sink.stderr('AssertionError\n'); // stderr is sent at once, leaving nothing for the final flush
      return { exitCode: 1 };
    };
    const output = (chunks: OutputChunk[]) =>
      new Promise<void>((resolve) => setTimeout(() => (arrived.push(...chunks.map((c) => c.text)), resolve()), 10));
    await createRuntime(runner, () => []).run(request, { output, inputWanted: () => {} });
    expect(arrived).toEqual(['AssertionError\n']);
  });

  it('turns a runner crash into an InternalError, never a JS stack trace', async () => {
    const runner: ProgramRunner = () => {
      throw new TypeError('x is undefined');
    };
    const received: OutputChunk[] = [];
    const outcome = await createRuntime(runner, () => []).run(request, { output: (c) => received.push(...c), inputWanted: () => {} });
    expect(outcome.status).toBe('internal-error');
    expect(received).toEqual([{ stream: 'stderr', text: 'InternalError: x is undefined\n' }]);
  });

  it('reports no syntax problems when the checker itself fails', async () => {
    const runtime = createRuntime(
      () => ({ exitCode: 0 }),
      () => {
        throw new Error('bug');
      },
    );
    await expect(runtime.check('x = (', 'main.py')).resolves.toEqual([]);
  });

  it('warms up once by running a tiny program with its output discarded', async () => {
    const codes: string[] = [];
    const runtime = createRuntime((req) => (codes.push(req.code), { exitCode: 0 }), () => []);
    await runtime.ready();
    await runtime.ready();
    expect(codes).toHaveLength(1);
  });

  it('maps exit codes like the CLI', () => {
    expect([0, 1, 2, 3, 4, 70].map(outcomeOf)).toEqual(['finished', 'error', 'finished', 'deadlock', 'limit', 'internal-error']);
  });
});
