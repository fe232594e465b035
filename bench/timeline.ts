// The timeline section (issue 6): frame time while panning and zooming a synthetic
// 1,000,000-event trace in headless Chromium (production build, `?bench-trace=N`), and what a
// trace costs per event (in the log, and moved to the page).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { runThreaded } from '../src/scheduler/run-threaded';
import { BYTES_PER_EVENT } from '../src/trace/trace-log';
import { UNLOCKED_COUNTER } from '../src/timeline/test-programs';
import { packTrace } from '../src/worker/trace-transfer';
import type { BenchSection, BenchTable, Cell } from './section';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4321;
const EVENTS = 1_000_000;
const TARGET = { medianFrameMs: 18, fps: 55 };
const FRAMES = 150; // per gesture

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

interface Gesture {
  intervals: number[];
  draws: number[];
}

/** Runs in the page: each animation frame pans or zooms the view; records frame intervals and
 * draw times. A string, not a function: the bench runs under tsx, whose helpers the page lacks. */
const GESTURE_SCRIPT = (kind: string, frames: number) => `
  new Promise((done) => {
    const view = window.__interleaveTimeline.view;
    view.fitAll();
    const intervals = [];
    const draws = [];
    let last = 0;
    let n = 0;
    const kind = ${JSON.stringify(kind)};
    function step(now) {
      if (last > 0) {
        intervals.push(now - last);
        draws.push(view.lastDrawMs);
      }
      last = now;
      if (n++ >= ${frames}) return done({ intervals, draws });
      if (kind === 'pan') view.pan(n % 60 < 30 ? 25 : -25);
      else if (kind === 'zoom') view.zoom(n % 60 < 30 ? 1.08 : 1 / 1.08, 400 + (n % 7) * 20);
      else {
        // zoomed far in, then pan: finding the visible part must stay fast
        if (n === 1) view.zoom(200, 600);
        view.pan(n % 40 < 20 ? 15 : -15);
      }
      requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  })
`;

export const timeline: BenchSection = {
  name: 'timeline',
  description: `timeline: pan/zoom frame time with a synthetic ${EVENTS.toLocaleString('en')}-event trace in headless Chromium; trace bytes per event`,
  async run({ log }): Promise<BenchTable> {
    const columns = ['measure', 'value', 'target', 'ok'];
    const rows: Record<string, Cell>[] = [];
    // Bytes per event of a real run (the counter lesson under 3.14t): stored, serialised, transferred.
    const r = runThreaded(UNLOCKED_COUNTER, { python: '3.14t', seed: 1 });
    const packed = packTrace({ trace: r.trace, virtualNs: r.endTime, findings: r.findings });
    const transferBytes = packed.times.byteLength + packed.fields.byteLength + JSON.stringify(packed.strings).length;
    rows.push({ measure: 'trace storage (bytes/event, fixed record)', value: BYTES_PER_EVENT, target: '', ok: '' });
    rows.push({ measure: `trace sent to the page (bytes/event, counter run, ${packed.count} events)`, value: round(transferBytes / packed.count, 2), target: '', ok: '' });
    rows.push({ measure: 'canonical trace bytes (bytes/event, incl. strings)', value: round(r.trace.toBytes().length / r.trace.length, 2), target: '', ok: '' });

    const outDir = mkdtempSync(join(tmpdir(), 'interleave-bench-timeline-'));
    try {
      log('building the production bundle…');
      const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0) return { columns, rows, summary: ['build failed'], ok: false };
      const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
      try {
        const base = `http://127.0.0.1:${PORT}/`;
        await waitForServer(base, 30_000);
        const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
        const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
        const browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'] });
        try {
          const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
          log(`loading a synthetic ${EVENTS.toLocaleString('en')}-event trace…`);
          await page.goto(`${base}?bench-trace=${EVENTS}#lesson=threads-101`);
          await page.waitForFunction(() => !!(window as unknown as { __interleaveTimeline?: { view: unknown } }).__interleaveTimeline?.view, null, { timeout: 60_000 });
          await page.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 60_000 });
          await page.locator('[data-testid=timeline]').scrollIntoViewIfNeeded();
          const info = await page.evaluate(() => {
            const h = (window as unknown as { __interleaveTimeline: { model: { eventCount: number }; buildMs: number } }).__interleaveTimeline;
            return { events: h.model.eventCount, buildMs: h.buildMs };
          });
          rows.push({ measure: `model build for ${info.events.toLocaleString('en')} events (ms, once per run)`, value: round(info.buildMs), target: '', ok: '' });
          const all: Gesture = { intervals: [], draws: [] };
          for (const kind of ['pan', 'zoom', 'deep-pan']) {
            log(`${kind}: ${FRAMES} frames`);
            const g = (await page.evaluate(GESTURE_SCRIPT(kind, FRAMES))) as Gesture;
            all.intervals.push(...g.intervals);
            all.draws.push(...g.draws);
            rows.push({ measure: `${kind}: frame median / p95 (ms)`, value: `${round(quantile(g.intervals, 0.5))} / ${round(quantile(g.intervals, 0.95))}`, target: '', ok: '' });
            rows.push({ measure: `${kind}: draw median / p95 (ms)`, value: `${round(quantile(g.draws, 0.5), 2)} / ${round(quantile(g.draws, 0.95), 2)}`, target: '', ok: '' });
          }
          const median = quantile(all.intervals, 0.5);
          const fps = 1000 / median;
          rows.push({ measure: 'all gestures: median frame (ms)', value: round(median), target: `≤ ${TARGET.medianFrameMs}`, ok: median <= TARGET.medianFrameMs ? 'yes' : 'NO' });
          rows.push({ measure: 'all gestures: p95 frame (ms)', value: round(quantile(all.intervals, 0.95)), target: '', ok: '' });
          rows.push({ measure: 'all gestures: frames per second (1000 / median)', value: round(fps), target: `≥ ${TARGET.fps}`, ok: fps >= TARGET.fps ? 'yes' : 'NO' });
        } finally {
          await browser.close();
        }
      } catch (err) {
        return { columns, rows, summary: [`timeline measurement failed: ${err instanceof Error ? err.message : String(err)}`], ok: false };
      } finally {
        if (server.pid) process.kill(-server.pid);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    return {
      columns,
      rows,
      summary: ['frame = interval between animation frames while the view pans/zooms every frame (1280×900, headless Chromium, --disable-gpu); draw = time inside the timeline draw'],
      ok: rows.every((row) => row.ok !== 'NO'),
    };
  },
};
