// `interleave explore`: the add_one lost update is found within 200 PCT schedules; --json shape.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'interleave-explore-'));
const ADD_ONE = `import threading
counter = 0
def add_one(x):
    return x + 1
def work():
    global counter
    for _ in range(1000):
        counter = add_one(counter)
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

interface ExploreJson {
  runs: number;
  strategy: string;
  outcomes: { stdout: string; stderr: string; exit: number; count: number; seeds: number[] }[];
}

describe('interleave explore', () => {
  it('finds the lost update of the add_one counter under 3.14 within 200 PCT runs', { timeout: 180_000 }, async () => {
    const path = join(dir, 'add_one.py');
    writeFileSync(path, ADD_ONE);
    let out = '';
    const io = { out: (s: string) => void (out += s), err: (s: string) => void (out += s) };
    expect(await main(['explore', path, '--runs', '200', '--strategy', 'pct', '--python', '3.14', '--json'], io)).toBe(0);
    const r = JSON.parse(out) as ExploreJson;
    expect(r.strategy).toBe('pct');
    expect(r.runs).toBe(200);
    expect(r.outcomes.reduce((n, o) => n + o.count, 0)).toBe(200);
    const lossy = r.outcomes.filter((o) => o.stdout !== '2000\n');
    expect(lossy.length).toBeGreaterThan(0);
    expect(lossy.every((o) => o.exit === 0 && Number(o.stdout) < 2000)).toBe(true);

    // `run` replays a PCT schedule from the seed, depth and k that explore reports
    const pctSteps = (JSON.parse(out) as ExploreJson & { pctSteps: number }).pctSteps;
    expect(pctSteps).toBeGreaterThan(0);
    for (const o of lossy.slice(0, 3)) {
      let again = '';
      const args = ['run', path, '--seed', String(o.seeds[0]), '--strategy', 'pct', '--depth', '3', '--pct-steps', String(pctSteps)];
      expect(await main(args, { out: (s) => void (again += s), err: () => {} })).toBe(0);
      expect(again).toBe(o.stdout);
    }

    // each outcome's seed replays it with `run --seed` (PCT needs the strategy: check a random one)
    const plain = await main(['explore', path, '--runs', '5', '--json'], { out: (s) => void (out = s), err: () => {} });
    expect(plain).toBe(0);
    const seed = (JSON.parse(out) as ExploreJson).outcomes[0].seeds[0];
    let replay = '';
    expect(await main(['run', path, '--seed', String(seed)], { out: (s) => void (replay += s), err: () => {} })).toBe(0);
    expect(replay).toBe((JSON.parse(out) as ExploreJson).outcomes[0].stdout);
  });
});
