import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libSources } from '../vm/modules/lib';

const LIB_DIR = fileURLToPath(new URL('../vm/modules/lib', import.meta.url));

/**
 * Node-only: makes sure the Python-written library modules (threading.py, queue.py,
 * concurrent/futures) are in the VM's embedded sources, reading them from disk when the
 * generated lib/index.ts does not hold them yet. A no-op once they are embedded.
 */
export function ensureLibSources(): void {
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.py')) {
        const name = relative(LIB_DIR, p).slice(0, -3).split(/[\\/]/).join('.');
        if (libSources[name] === undefined) libSources[name] = readFileSync(p, 'utf8');
      }
    }
  };
  walk(LIB_DIR);
}
