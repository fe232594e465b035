import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Threading conformance cases: cases/<topic>/<name>.py with CPython's output from regen.py. */
export const CASES_DIR = fileURLToPath(new URL('./cases', import.meta.url));

export interface ThreadingCase {
  id: string;
  source: string;
  /** what CPython's tracebacks call the file (regen.py runs it as /case/<topic>/<name>.py) */
  filename: string;
  expected: { stdout: string; stderr: string; exit: number } | null;
}

export function listThreadingCases(): ThreadingCase[] {
  const out: ThreadingCase[] = [];
  for (const topic of readdirSync(CASES_DIR, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(join(CASES_DIR, topic.name)).sort()) {
      if (!file.endsWith('.py')) continue;
      const name = file.slice(0, -3);
      const exp = join(CASES_DIR, topic.name, `${name}.expected.json`);
      out.push({
        id: `${topic.name}/${name}`,
        source: readFileSync(join(CASES_DIR, topic.name, file), 'utf8'),
        filename: `/case/${topic.name}/${name}.py`,
        expected: existsSync(exp) ? (JSON.parse(readFileSync(exp, 'utf8')) as ThreadingCase['expected']) : null,
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Drops traceback frames of library modules (ours are `<frozen NAME>`), as regen.py does for CPython's. */
export function stripLibraryFrames(stderr: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of stderr.split('\n')) {
    if (line.startsWith('  File "')) {
      skipping = line.startsWith('  File "<frozen ');
      if (skipping) continue;
    } else if (skipping && line.startsWith('    ')) {
      continue;
    } else {
      skipping = false;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Known gaps: one case id per line, `#` comments. Kept short and shrinking. */
export function knownFailures(): Set<string> {
  const p = fileURLToPath(new URL('./known-failures.txt', import.meta.url));
  if (!existsSync(p)) return new Set();
  return new Set(
    readFileSync(p, 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
}
