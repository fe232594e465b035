// Finding conformance cases on disk and the CPython output recorded for them by regen.py.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONFORMANCE_DIR = fileURLToPath(new URL('.', import.meta.url));
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');

/** What CPython printed and how it exited (paths already normalised to the virtual filename). */
export interface Expectation {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ConformanceCase {
  /** "topic/name" — the key used in known-failures.txt. */
  id: string;
  topic: string;
  name: string;
  source: string;
  /** Contents of the sibling <name>.stdin file, or "" when there is none. */
  stdin: string;
  /** The path CPython's tracebacks were normalised to; the VM gets exactly this filename. */
  filename: string;
  /** null when regen.py has not been run for this case yet. */
  expected: Expectation | null;
}

export function virtualFilename(topic: string, name: string): string {
  return `/case/${topic}/${name}.py`;
}

function readExpectation(path: string): Expectation | null {
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { stdout: string; stderr: string; exit: number };
  return { stdout: raw.stdout, stderr: raw.stderr, exitCode: raw.exit };
}

/** All cases, sorted by id so runs and reports are stable. */
export function listCases(root: string = CASES_DIR): ConformanceCase[] {
  const cases: ConformanceCase[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(join(root, topic.name))) {
      if (!file.endsWith('.py')) continue;
      const name = file.slice(0, -3);
      const base = join(root, topic.name, name);
      cases.push({
        id: `${topic.name}/${name}`,
        topic: topic.name,
        name,
        source: readFileSync(`${base}.py`, 'utf8'),
        stdin: existsSync(`${base}.stdin`) ? readFileSync(`${base}.stdin`, 'utf8') : '',
        filename: virtualFilename(topic.name, name),
        expected: readExpectation(`${base}.expected.json`),
      });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
