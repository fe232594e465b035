import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-errors';

test('several <interleave-playground> elements on one page run, sharing a small worker pool', async ({ page, baseURL }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await page.setContent(`
    <h1>A course page</h1>
    <interleave-playground id="a" seed="1">
      for i in range(2):
          print("a", i)
    </interleave-playground>
    <interleave-playground id="b" model="3.9">
      import threading
      t = threading.Thread(target=print, args=("b from a thread",))
      t.start(); t.join()
    </interleave-playground>
    <interleave-playground id="c" lesson="threads-101" example="example-1"></interleave-playground>
    <script>
      window.results = {};
      addEventListener('interleave:result', (e) => (window.results[e.detail.id] = e.detail));
    </script>
    <script type="module" src="${baseURL}interleave-element.js"></script>`);
  const a = page.locator('#a');
  await expect(a.getByTestId('editor')).toHaveValue('for i in range(2):\n    print("a", i)\n');
  await expect(page.locator('#b').getByTestId('python-model')).toHaveValue('3.9');
  await expect(page.locator('#c').getByTestId('editor')).toHaveValue(/download\("video.mp4", 3\)/);

  // All three at once: they queue for the page's pool instead of each starting a worker.
  await page.evaluate(() => {
    for (const id of ['a', 'b', 'c']) (document.getElementById(id) as HTMLElement & { run(): void }).run();
  });
  const results = () => page.evaluate(() => (window as unknown as { results: Record<string, { stdout: string; status: string }> }).results);
  await expect.poll(async () => Object.keys(await results()).sort(), { timeout: 20_000 }).toEqual(['a', 'b', 'c']);
  const r = await results();
  expect(r.a).toMatchObject({ status: 'finished', stdout: 'a 0\na 1\n' });
  expect(r.b).toMatchObject({ status: 'finished', stdout: 'b from a thread\n' });
  expect(r.c.status).toBe('finished');
  await expect(a.getByTestId('console')).toHaveText('a 0\na 1');

  const poolMax = await page.evaluate(() => Math.max(1, Math.min(3, navigator.hardwareConcurrency - 1)));
  const runtimeWorkers = page.workers().filter((w) => /runtime\.worker/.test(w.url()));
  expect(runtimeWorkers.length).toBeGreaterThan(0);
  expect(runtimeWorkers.length).toBeLessThanOrEqual(poolMax);
  expect(errors).toEqual([]);
});
