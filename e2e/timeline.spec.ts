// The timeline (issue 6): real runs in the browser, checked through the attributes and text the
// timeline exposes (lanes, findings, cursor lines), never through pixels.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { collectPageErrors } from './console-errors';
import { waitForMonaco } from './helpers';
import { CPU_BOUND_LONG, TWO_LOCK_DEADLOCK, UNLOCKED_COUNTER } from '../src/timeline/test-programs';

/** Opens the playground with this code and model (a share link), runs it, waits for the timeline. */
async function runInTimeline(page: Page, code: string, model: string): Promise<void> {
  await page.goto(`./#lesson=threads-101&model=${model}&seed=1&code=${LZString.compressToEncodedURIComponent(code)}`);
  await waitForMonaco(page);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

const timeline = (page: Page) => page.getByTestId('timeline');

test('unlocked counter under 3.14t: five worker lanes and lost-update marks', async ({ page }) => {
  const errors = collectPageErrors(page);
  await runInTimeline(page, UNLOCKED_COUNTER, '3.14t');
  const names = JSON.parse((await timeline(page).getAttribute('data-thread-names'))!) as string[];
  expect(names).toEqual(['MainThread', ...[1, 2, 3, 4, 5].map((n) => `Thread-${n} (increment)`)]);
  expect(await timeline(page).getAttribute('data-gil-holders')).toBe(''); // no GIL lane under 3.14t
  const lost = Number(await timeline(page).getAttribute('data-lost-updates'));
  expect(lost).toBeGreaterThan(0);
  await expect(page.getByTestId('timeline-lost-updates')).toHaveText(`${lost} lost updates`);
  // The console shows the damage the marks explain.
  await expect(page.getByTestId('console')).toContainText('Expected: 25000, Got: ');
  await page.getByTestId('timeline-show-lost').click();
  await expect(page.getByTestId('timeline-details')).toContainText('Lost update');
  await expect(page.getByTestId('timeline-details')).toContainText('counter');
  // N steps to the next finding: the cursor moves forward to it.
  const cursorAt = async () => Number(await timeline(page).getAttribute('data-cursor'));
  await page.locator('.timeline-canvas').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  const first = await cursorAt();
  await page.keyboard.press('n');
  await expect.poll(cursorAt).toBeGreaterThan(first);
  await expect(page.getByTestId('timeline-details')).toContainText('Lost update');
  expect(errors).toEqual([]);
});

test('two-lock deadlock: the cycle is shown and the details name both locks', async ({ page }) => {
  await runInTimeline(page, TWO_LOCK_DEADLOCK, '3.14');
  await expect(page.getByTestId('status')).toHaveText(/deadlock/);
  const cycle = (await timeline(page).getAttribute('data-deadlock'))!.split(',').sort();
  expect(cycle).toEqual(['lock_a', 'lock_b']);
  expect(JSON.parse((await timeline(page).getAttribute('data-object-lanes'))!)).toEqual(['lock_a', 'lock_b']);
  const details = page.getByTestId('timeline-details');
  await page.getByTestId('timeline-show-deadlock').click();
  await expect(details).toContainText('Deadlock');
  await expect(details).toContainText('waits for lock_b at line 10, held by Thread-2 (two)');
  await expect(details).toContainText('waits for lock_a at line 16, held by Thread-1 (one)');
});

test('CPU-bound threads under 3.14: the GIL lane alternates holders', async ({ page }) => {
  await runInTimeline(page, CPU_BOUND_LONG, '3.14');
  const holders = (await timeline(page).getAttribute('data-gil-holders'))!.split(',').map(Number);
  const workers = holders.filter((h) => h === 1 || h === 2);
  let switches = 0;
  for (let i = 1; i < workers.length; i++) if (workers[i] !== workers[i - 1]) switches++;
  expect(switches).toBeGreaterThanOrEqual(4);
});

test('scrubbing the cursor moves the editor thread markers and the console at that moment', async ({ page }) => {
  await runInTimeline(page, TWO_LOCK_DEADLOCK, '3.14');
  const scrub = page.getByTestId('timeline-scrub');
  const t1Marker = page.locator('[data-testid=editor] .interleave-thread-label-1');
  await scrub.focus();
  await page.keyboard.press('Home');
  // At the start only MainThread runs (line 21, below the editor's fold): no marker for Thread-1.
  await expect(timeline(page)).toHaveAttribute('data-thread-lines', 'MainThread:21');
  await expect(t1Marker).toHaveCount(0);
  await expect(page.getByTestId('timeline-console')).toHaveText('(nothing printed yet)');
  // Halfway through, both workers sleep while holding their first lock.
  await scrub.fill('500');
  await expect(timeline(page)).toHaveAttribute('data-thread-lines', 'MainThread:23;Thread-1 (one):9;Thread-2 (two):15');
  await expect(t1Marker).toContainText('T1');
  const sleepingAt = (await t1Marker.boundingBox())!.y;
  await expect(page.locator('[data-testid=editor] .interleave-thread-label-2')).toContainText('T2');
  // At the end each waits for the other's lock: Thread-1's marker moved down to line 10.
  await page.keyboard.press('End');
  await expect(timeline(page)).toHaveAttribute('data-thread-lines', 'MainThread:23;Thread-1 (one):10;Thread-2 (two):16');
  await expect.poll(async () => (await t1Marker.boundingBox())!.y).toBeGreaterThan(sleepingAt);
  await expect(page.getByTestId('timeline-console')).toContainText('Deadlock: threads wait for each other');
});

test('export produces valid Chrome Trace JSON with the thread names', async ({ page }) => {
  await runInTimeline(page, TWO_LOCK_DEADLOCK, '3.14');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('timeline-export').click()]);
  expect(download.suggestedFilename()).toBe('interleave-trace.json');
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { traceEvents: { name: string; ph: string; args?: { name?: string } }[] };
  const threadNames = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
  expect(threadNames).toEqual(expect.arrayContaining(['MainThread', 'Thread-1 (one)', 'Thread-2 (two)', 'lock_a', 'lock_b']));
  expect(json.traceEvents.some((e) => e.ph === 'X')).toBe(true);
});

test('the timeline answers the keyboard and the events table lists the findings', async ({ page }) => {
  await runInTimeline(page, TWO_LOCK_DEADLOCK, '3.14');
  const canvas = page.locator('.timeline-canvas');
  await canvas.focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('timeline-help')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(timeline(page)).toHaveAttribute('data-cursor', /^\d+$/);
  // Hovering a lane explains it: MainThread (below the axis and the GIL lane) waits in join().
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 24 + 30 + 13);
  await expect(page.locator('.timeline-tooltip')).toContainText('MainThread');
  await expect(page.locator('.timeline-tooltip')).toContainText('join(Thread-1 (one))');
  // A click selects it: the details panel names the state and what it waits for.
  await page.mouse.click(box.x + box.width * 0.6, box.y + 24 + 30 + 13);
  await expect(page.getByTestId('timeline-details')).toContainText('MainThread: blocked — join(Thread-1 (one))');
  // W zooms in around the pointer, S out, F fits everything again.
  const span = async () => Number(await canvas.getAttribute('data-view-span'));
  const fitted = await span();
  await page.keyboard.press('w');
  await expect.poll(span).toBeLessThan(fitted * 0.8);
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  await expect.poll(span).toBe(fitted);
  await page.getByRole('button', { name: 'Events table' }).click();
  const table = page.getByTestId('timeline-table');
  await expect(table).toContainText('deadlock: waits for lock_b at line 10');
  await table.locator('tbody tr').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tbody tr').nth(1)).toBeFocused();
});
