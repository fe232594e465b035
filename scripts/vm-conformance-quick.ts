// Quick in-process run of the VM conformance cases (a developer's progress meter; the real
// suite is src/vm/conformance, which isolates each case in a child process).
// usage: npx tsx scripts/vm-conformance-quick.ts [filter] [-v]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../src/vm/index';

const root = join(import.meta.dirname, '../src/vm/conformance/cases');
const filter = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : '';
const verbose = process.argv.includes('-v');
let pass = 0, total = 0;
const fails: string[] = [];
for (const topic of readdirSync(root).sort()) {
  for (const f of readdirSync(join(root, topic)).sort()) {
    if (!f.endsWith('.py')) continue;
    const id = `${topic}/${f.slice(0, -3)}`;
    if (filter && !id.includes(filter)) continue;
    const exp = JSON.parse(readFileSync(join(root, topic, f.slice(0, -3) + '.expected.json'), 'utf8'));
    const stdinPath = join(root, topic, f.slice(0, -3) + '.stdin');
    const filename = `/case/${id}.py`;
    total++;
    let r;
    try {
      r = runProgram(readFileSync(join(root, topic, f), 'utf8'), {
        filename, argv: [filename], maxInstructions: 20_000_000,
        stdin: existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : '',
      });
    } catch (e) {
      r = { stdout: '', stderr: 'JS THROW ' + String(e), exitCode: -1 };
    }
    const ok = r.stdout === exp.stdout && r.stderr === exp.stderr && r.exitCode === (exp.exit_code ?? exp.exitCode ?? exp.exit);
    if (ok) pass++;
    else {
      fails.push(id);
      if (verbose) {
        console.log(`--- ${id} (exit ${r.exitCode} vs ${exp.exit_code ?? exp.exitCode ?? exp.exit})`);
        const a = (r.stdout + '\n##ERR\n' + r.stderr).split('\n'), b = (exp.stdout + '\n##ERR\n' + exp.stderr).split('\n');
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
          if (a[i] !== b[i]) {
            console.log(`  line ${i}: got ${JSON.stringify(a[i])}\n          exp ${JSON.stringify(b[i])}`);
            break;
          }
        }
      }
    }
  }
}
console.log(`${pass}/${total} passed`);
if (!verbose) console.log(fails.join('\n'));
