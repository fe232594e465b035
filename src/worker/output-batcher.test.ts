import { describe, expect, it } from 'vitest';
import type { OutputChunk } from './api';
import { OutputBatcher } from './output-batcher';

function setup(options = { maxDelayMs: 10, maxChars: 100, limitChars: 1000 }) {
  let time = 0;
  const sent: OutputChunk[][] = [];
  const batcher = new OutputBatcher((c) => sent.push(c), () => time, options);
  return { batcher, sent, tick: (ms: number) => (time += ms) };
}

describe('OutputBatcher', () => {
  it('merges quick stdout writes into one message', () => {
    const { batcher, sent } = setup();
    for (let i = 0; i < 5; i++) batcher.write('stdout', `${i}\n`);
    expect(sent).toEqual([]);
    batcher.flush();
    expect(sent).toEqual([[{ stream: 'stdout', text: '0\n1\n2\n3\n4\n' }]]);
  });

  it('sends after the delay or the size step, keeping stdout/stderr order', () => {
    const { batcher, sent, tick } = setup();
    batcher.write('stdout', 'a');
    tick(11);
    batcher.write('stdout', 'b');
    expect(sent).toEqual([[{ stream: 'stdout', text: 'ab' }]]);
    batcher.write('stdout', 'x'.repeat(100));
    expect(sent).toHaveLength(2);
    batcher.write('stdout', 'out');
    batcher.write('stderr', 'err');
    expect(sent[2]).toEqual([
      { stream: 'stdout', text: 'out' },
      { stream: 'stderr', text: 'err' },
    ]);
  });

  it('stops at the limit and says so', () => {
    const { batcher, sent } = setup({ maxDelayMs: 1e9, maxChars: 1e9, limitChars: 10 });
    batcher.write('stdout', '123456');
    batcher.write('stdout', '7890abc');
    batcher.write('stdout', 'more');
    batcher.flush();
    expect(sent).toEqual([[{ stream: 'stdout', text: '1234567890' }]]);
    expect(batcher.truncated).toBe(true);
  });
});
