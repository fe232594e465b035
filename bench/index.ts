// `npm run bench [-- section… | --filter text | --runs N]`: runs every registered benchmark
// section and prints its table. Other areas (app, timeline, scheduler) add a section here.
import { formatTable, type BenchSection } from './section';
import { vmSpeed } from './vm-speed';
import { appLoad } from './app-load';
import { scheduler } from './scheduler';
import { timeline } from './timeline';

const SECTIONS: BenchSection[] = [vmSpeed, appLoad, scheduler, timeline];

function parseArgs(argv: string[]): { sections: string[]; filter: string[]; runs?: number } {
  const sections: string[] = [];
  const filter: string[] = [];
  let runs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--filter') filter.push(argv[++i] ?? '');
    else if (argv[i] === '--runs') runs = Number(argv[++i]);
    else sections.push(argv[i]);
  }
  return { sections, filter, runs };
}

const args = parseArgs(process.argv.slice(2));
const unknown = args.sections.filter((s) => !SECTIONS.some((x) => x.name === s));
if (unknown.length > 0) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; available: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
let allOk = true;
for (const section of SECTIONS.filter((s) => args.sections.length === 0 || args.sections.includes(s.name))) {
  console.log(`\n== ${section.name}: ${section.description}`);
  const table = await section.run({ filter: args.filter, runs: args.runs, log: (l) => console.error(`  ${l}`) });
  console.log(formatTable(table));
  for (const line of table.summary) console.log(line);
  allOk &&= table.ok;
}
process.exitCode = allOk ? 0 : 1;
