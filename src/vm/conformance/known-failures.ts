// The plain-text list of cases expected to fail (engine262's test262 "skip" list, in spirit):
//   topic/name   # reason
// Blank lines and lines starting with '#' are comments and are kept when the list is rewritten.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFORMANCE_DIR } from './case-files';

export const KNOWN_FAILURES_PATH = join(CONFORMANCE_DIR, 'known-failures.txt');
export const TODO_REASON = 'TODO reason';

export interface KnownFailures {
  /** Leading comment block (header), kept verbatim. */
  header: string[];
  /** case id → reason ("" when none was given). */
  reasons: Map<string, string>;
}

export function parseKnownFailures(text: string): KnownFailures {
  const header: string[] = [];
  const reasons = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (reasons.size === 0) header.push(line);
      continue;
    }
    const hash = trimmed.indexOf('#');
    const id = (hash < 0 ? trimmed : trimmed.slice(0, hash)).trim();
    const reason = hash < 0 ? '' : trimmed.slice(hash + 1).trim();
    reasons.set(id, reason);
  }
  while (header.length > 0 && header[header.length - 1].trim() === '') header.pop();
  return { header, reasons };
}

export function readKnownFailures(path: string = KNOWN_FAILURES_PATH): KnownFailures {
  return existsSync(path) ? parseKnownFailures(readFileSync(path, 'utf8')) : { header: [], reasons: new Map() };
}

/** Serialises ids in sorted order, one per line, with their reasons. */
export function formatKnownFailures(list: KnownFailures): string {
  const ids = [...list.reasons.keys()].sort();
  const width = Math.min(48, Math.max(0, ...ids.map((id) => id.length)));
  const body = ids.map((id) => {
    const reason = list.reasons.get(id) ?? '';
    return reason === '' ? id : `${id.padEnd(width)}  # ${reason}`;
  });
  const header = list.header.length > 0 ? [...list.header, ''] : [];
  return [...header, ...body].join('\n') + '\n';
}
