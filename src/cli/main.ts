// The `interleave` command. Subcommands parse their own options from a small table so that
// new options (--python, --seed, --trace, …) and subcommands are one entry each.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProgram, disassemble } from '../vm/index';
import { PythonSyntaxError } from '../vm/parser/syntax-error';
// threads on the virtual clock (issue 4): `run` goes through the scheduler; `explore`
import { THREAD_RUN_OPTIONS, runCommandThreaded } from './threads-options';
import { exploreSpec } from './explore';
import { lessonsCommand } from './lessons-check';

export const USAGE = `usage: interleave <command> [options]

commands:
  run FILE.py [--max-time SEC] [--max-instructions N]
              [--python 3.14|3.9|3.14t] [--seed N] [--switch-interval SEC]
              [--cores N] [--trace OUT.json] [--report]
              [--strategy pct --depth D --pct-steps K]
                        run a program like python3 FILE.py, threads on a virtual clock
                        (the --strategy options replay a schedule explore printed)
  explore FILE.py --runs N [--python …] [--strategy random|pct] [--depth D] [--json]
                        run N schedules and group the outcomes
  dis FILE.py           print the bytecode listing (CPython 3.12 format)
  lessons check [DIR]   run every lesson example and exercise (default DIR: lessons)

options:
  -h, --help            show this help and exit
`;

export interface OptionSpec {
  /** takes a value */
  value: boolean;
}
export interface CommandSpec {
  options: Record<string, OptionSpec>;
  run(file: string, opts: Map<string, string | true>, io: CliIO): number;
}
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
}

export const commands: Record<string, CommandSpec> = {
  run: {
    options: { '--max-time': { value: true }, '--max-instructions': { value: true }, ...THREAD_RUN_OPTIONS },
    run(file, opts, io) {
      return runCommandThreaded(file, opts, io, readStdin());
    },
  },
  explore: exploreSpec,
  'run-vm': {
    // the VM alone, without the scheduler (debugging the VM)
    options: { '--max-time': { value: true }, '--max-instructions': { value: true } },
    run(file, opts, io) {
      const path = resolve(file);
      let source: string;
      try {
        source = readFileSync(path, 'utf8');
      } catch {
        io.err(`python3: can't open file '${path}': [Errno 2] No such file or directory\n`);
        return 2;
      }
      const maxTime = opts.get('--max-time');
      const maxInstr = opts.get('--max-instructions');
      // virtual time ≈ instructions until the scheduler provides a clock: ~60 ns per instruction
      let max: number | undefined;
      if (typeof maxInstr === 'string') max = Number(maxInstr);
      else if (typeof maxTime === 'string') max = Math.round((Number(maxTime) * 1e9) / 60);
      const r = runProgram(source, {
        filename: path,
        argv: [path],
        stdin: readStdin(),
        maxInstructions: max,
        onStdout: io.out,
        onStderr: io.err,
      });
      return r.exitCode;
    },
  },
  dis: {
    options: {},
    run(file, _opts, io) {
      const path = resolve(file);
      try {
        io.out(disassemble(readFileSync(path, 'utf8'), path));
        return 0;
      } catch (e) {
        if (e instanceof PythonSyntaxError) {
          io.err(`  File "${e.filename}", line ${e.lineno}\n${e.kind}: ${e.msg}\n`);
          return 1;
        }
        throw e;
      }
    },
  },
};

function readStdin(): string {
  try {
    if (process.stdin.isTTY) return '';
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  try {
    if (argv.length === 0) {
      io.err(USAGE);
      return 2;
    }
    if (argv[0] === '-h' || argv[0] === '--help') {
      io.out(USAGE);
      return 0;
    }
    if (argv[0] === 'lessons') return lessonsCommand(argv.slice(1), io);
    const cmd = commands[argv[0]];
    if (!cmd) {
      io.err(`interleave: unknown command '${argv[0]}'\n${USAGE}`);
      return 2;
    }
    const opts = new Map<string, string | true>();
    let file: string | null = null;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === '-h' || a === '--help') {
        io.out(USAGE);
        return 0;
      }
      if (a.startsWith('--')) {
        const [name, inline] = a.split('=', 2);
        const spec = cmd.options[name];
        if (!spec) {
          io.err(`interleave: unknown option '${name}'\n${USAGE}`);
          return 2;
        }
        if (spec.value) {
          const v = inline ?? argv[++i];
          if (v === undefined) {
            io.err(`interleave: option '${name}' needs a value\n${USAGE}`);
            return 2;
          }
          opts.set(name, v);
        } else opts.set(name, true);
        continue;
      }
      if (file === null) file = a;
      else break; // the rest belongs to the program
    }
    if (file === null) {
      io.err(`interleave: ${argv[0]} needs a FILE\n${USAGE}`);
      return 2;
    }
    return cmd.run(file, opts, io);
  } catch (e) {
    io.err(`InternalError: ${e instanceof Error ? e.message : String(e)}\n`);
    return 70;
  }
}

function defaultIO(): CliIO {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  };
}
