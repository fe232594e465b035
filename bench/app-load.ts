// The app section (issue 5): how much JS the production build needs for first paint, and how
// fast a cold load gets to readable lesson text, a ready editor and a program's first output
// in headless Chromium. Targets from DESIGN.md §4.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import LZString from 'lz-string';
import { chromium } from 'playwright';
import type { BenchSection, BenchTable, Cell } from './section';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 4319;
const TARGETS = { firstPaintKB: 300, lessonMs: 1000, editorMs: 2000, firstOutputMs: 50, stopMs: 1000 };
const ENDLESS_LOOP = 'while True:\n    pass\n';

const gzKB = (file: string) => gzipSync(readFileSync(file)).length / 1024;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** JS files index.html loads before anything is painted: its module script and modulepreloads. */
function firstPaintScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  return refs.map((ref) => join(outDir, ref.replace(/^\.?\//, '')));
}

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

// Runs in the page before any of its scripts: records when the lesson heading and Monaco appear.
const MARKS_SCRIPT = `
  window.__benchMarks = {};
  new MutationObserver(() => {
    const m = window.__benchMarks;
    if (!m.lesson && document.querySelector('[data-testid=lesson-content] h1')) m.lesson = performance.now();
    if (!m.editor && document.querySelector('[data-editor=monaco]')) m.editor = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

interface LoadSample {
  lessonMs: number;
  editorMs: number;
  runToOutputMs: number;
  workerFirstOutputMs: number;
  stopMs: number;
}

/** Runs `while True: pass`, then times the Stop click until the status line says "stopped". */
async function stopLatency(page: import('playwright').Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('[data-editor=monaco]', { timeout: 20_000 });
  await page.getByTestId('run').click();
  await page.getByTestId('status').filter({ hasText: 'running' }).waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const status = document.querySelector('[data-testid=status]')!;
        const start = performance.now();
        const seen = new MutationObserver(() => {
          if (status.textContent === 'stopped') {
            seen.disconnect();
            done(performance.now() - start);
          }
        });
        seen.observe(status, { subtree: true, childList: true, characterData: true });
        (document.querySelector('[data-testid=stop]') as HTMLButtonElement).click();
      }),
  );
}

async function coldLoad(url: string, loopUrl: string): Promise<LoadSample> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({ executablePath, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.addInitScript(MARKS_SCRIPT);
    await page.goto(url);
    await page.waitForSelector('[data-editor=monaco]', { timeout: 20_000 });
    const marks = await page.evaluate(() => (window as unknown as { __benchMarks: { lesson: number; editor: number } }).__benchMarks);
    // Run the shared program and time the click until the console shows text.
    const runToOutputMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const output = document.querySelector('[data-testid=console]')!;
          const start = performance.now();
          const seen = new MutationObserver(() => {
            if (output.textContent) {
              seen.disconnect();
              done(performance.now() - start);
            }
          });
          seen.observe(output, { subtree: true, childList: true, characterData: true });
          (document.querySelector('[data-testid=run]') as HTMLButtonElement).click();
        }),
    );
    const status = page.getByTestId('status');
    await status.and(page.locator('[data-first-output-ms]')).waitFor({ timeout: 20_000 });
    const workerFirstOutputMs = Number(await status.getAttribute('data-first-output-ms'));
    const stopMs = await stopLatency(await page.context().newPage(), loopUrl);
    return { lessonMs: marks.lesson, editorMs: marks.editor, runToOutputMs, workerFirstOutputMs, stopMs };
  } finally {
    await browser.close();
  }
}

export const appLoad: BenchSection = {
  name: 'app',
  description: 'production build: JS needed for first paint, cold load in headless Chromium',
  async run({ runs = 3, log }): Promise<BenchTable> {
    const columns = ['measure', 'value', 'target', 'ok'];
    const rows: Record<string, Cell>[] = [];
    const outDir = mkdtempSync(join(tmpdir(), 'interleave-bench-app-'));
    try {
      log('building the production bundle…');
      const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0) {
        const why = `${build.stdout}\n${build.stderr}`.split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join(' | ');
        return { columns, rows, summary: [`build failed: ${why}`], ok: false };
      }
      const firstPaint = firstPaintScripts(outDir);
      const firstPaintKB = firstPaint.reduce((n, f) => n + gzKB(f), 0);
      const assets = join(outDir, 'assets');
      const lazyKB = readdirSync(assets)
        .filter((f) => f.endsWith('.js') && !firstPaint.includes(join(assets, f)))
        .reduce((n, f) => n + gzKB(join(assets, f)), 0);
      rows.push({ measure: 'first-paint JS (gzip KB)', value: round(firstPaintKB), target: `≤ ${TARGETS.firstPaintKB}`, ok: firstPaintKB <= TARGETS.firstPaintKB ? 'yes' : 'NO' });
      rows.push({ measure: 'JS loaded later: Monaco, workers (gzip KB)', value: round(lazyKB), target: '', ok: '' });

      const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
        cwd: ROOT,
        stdio: 'ignore',
        detached: true,
      });
      try {
        const base = `http://127.0.0.1:${PORT}/`;
        await waitForServer(base, 30_000);
        const url = `${base}#lesson=threads-101&code=${LZString.compressToEncodedURIComponent('print("hello")\n')}`;
        const samples: LoadSample[] = [];
        for (let i = 0; i < runs; i++) {
          log(`cold load ${i + 1}/${runs}`);
          samples.push(await coldLoad(url, `${base}#code=${LZString.compressToEncodedURIComponent(ENDLESS_LOOP)}`));
        }
        const best = (key: keyof LoadSample) => Math.min(...samples.map((s) => s[key]));
        const add = (measure: string, value: number, target: number) =>
          rows.push({ measure, value: round(value), target: `< ${target}`, ok: value < target ? 'yes' : 'NO' });
        add('cold load → lesson visible (ms)', best('lessonMs'), TARGETS.lessonMs);
        add('cold load → editor ready (ms)', best('editorMs'), TARGETS.editorMs);
        add('Run → first output, in the worker (ms)', best('workerFirstOutputMs'), TARGETS.firstOutputMs);
        rows.push({ measure: 'Run click → output on screen (ms)', value: round(best('runToOutputMs')), target: '', ok: '' });
        // The worst sample, not the best: Stop must work every time.
        const stopMs = Math.max(...samples.map((s) => s.stopMs));
        add('while True: pass → Stop → "stopped" (ms, worst)', stopMs, TARGETS.stopMs);
      } catch (err) {
        return { columns, rows, summary: [`cold-load measurement failed: ${err instanceof Error ? err.message : String(err)}`], ok: false };
      } finally {
        if (server.pid) process.kill(-server.pid);
      }
      return {
        columns,
        rows,
        summary: [`best of ${runs} cold loads (fresh browser each time), 1280×720, local preview server`],
        ok: rows.every((r) => r.ok !== 'NO'),
      };
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};
