// Splits a lesson body into what the lesson page shows: prose, runnable examples, quizzes and
// exercises. The format (documented in lessons/README.md) stays plain Markdown so lessons
// read well on GitHub:
//   ```python run [model=3.9] [seed=7] [id=name] [expect=error|deadlock]   a runnable example
//   :::quiz [id=name] … :::                             question, `- [x]`/`- [ ]` answers, explanation
//   :::exercise [Title] [id=name] … :::                 instructions, ```python starter|solution|check```,
//                                                       optional ```text expected```, `Hint:` lines
import { isPythonModel, type PythonModel } from '../worker/python-models';
import { renderInlineMarkdown, renderMarkdown } from './markdown';

export interface ProseBlock {
  kind: 'prose';
  html: string;
}
export interface ExampleBlock {
  kind: 'example';
  id: string;
  code: string;
  model?: PythonModel;
  seed?: number;
  /** How the example is meant to end (`expect=` in the fence; default: it finishes cleanly). */
  expect?: ExampleEnding;
}
/** Endings an example may declare on purpose, e.g. a lesson that shows a deadlock. */
export const EXAMPLE_ENDINGS = ['ok', 'error', 'deadlock'] as const;
export type ExampleEnding = (typeof EXAMPLE_ENDINGS)[number];
export interface QuizOption {
  html: string;
  correct: boolean;
}
export interface QuizBlock {
  kind: 'quiz';
  id: string;
  questionHtml: string;
  options: QuizOption[];
  /** More than one correct answer: the learner must pick all of them. */
  multiple: boolean;
  explanationHtml: string;
}
export interface ExerciseBlock {
  kind: 'exercise';
  id: string;
  title: string;
  instructionsHtml: string;
  starter: string;
  solution: string;
  /** Python run after the learner's code in the same module; it fails by raising. */
  check: string;
  /** If present, the learner's stdout must equal it (trailing whitespace ignored). */
  expectedOutput?: string;
  hintsHtml: string[];
  model?: PythonModel;
  seed?: number;
}
export type LessonBlock = ProseBlock | ExampleBlock | QuizBlock | ExerciseBlock;

export class LessonFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'LessonFormatError';
  }
}

interface Line {
  text: string;
  /** 1-based line in the lesson file. */
  no: number;
}

interface Fence {
  info: string;
  code: string;
  start: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`]*)$/;
const DIRECTIVE_OPEN = /^:::\s*([a-z]+)\b(.*)$/;
const DIRECTIVE_CLOSE = /^:::\s*$/;
const TASK_ITEM = /^[-*]\s+\[([ xX])\]\s+(.*)$/;
const HINT = /^Hint:\s*(.*)$/;

/** `key=value` and `key="quoted value"` pairs; the other words are returned as `rest`. */
export function parseAttributes(text: string, line: number): { attrs: Record<string, string>; rest: string } {
  const attrs: Record<string, string> = {};
  const rest: string[] = [];
  const re = /(\w+)=(?:"([^"]*)"|(\S+))|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[4] !== undefined) rest.push(m[4]);
    else {
      if (m[1] in attrs) throw new LessonFormatError(`duplicate attribute "${m[1]}"`, line);
      attrs[m[1]] = m[2] ?? m[3];
    }
  }
  return { attrs, rest: rest.join(' ') };
}

function runOptions(attrs: Record<string, string>, line: number): { model?: PythonModel; seed?: number } {
  const out: { model?: PythonModel; seed?: number } = {};
  if (attrs.model !== undefined) {
    if (!isPythonModel(attrs.model)) throw new LessonFormatError(`unknown model "${attrs.model}" (use 3.14, 3.9 or 3.14t)`, line);
    out.model = attrs.model;
  }
  if (attrs.seed !== undefined) {
    if (!/^\d+$/.test(attrs.seed)) throw new LessonFormatError(`seed must be a non-negative integer, got "${attrs.seed}"`, line);
    out.seed = Number(attrs.seed);
  }
  return out;
}

/** Reads a fenced block starting at lines[i]; returns it and the index after its closing line. */
function readFence(lines: Line[], i: number): { fence: Fence; next: number } {
  const open = FENCE_OPEN.exec(lines[i].text)!;
  const marker = open[1];
  const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  const code: string[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    if (close.test(lines[j].text)) {
      return { fence: { info: open[2].trim(), code: code.join('\n'), start: lines[i].no }, next: j + 1 };
    }
    code.push(lines[j].text);
  }
  throw new LessonFormatError('code block is not closed', lines[i].no);
}

function isRunnable(info: string): boolean {
  const words = info.split(/\s+/);
  return words[0] === 'python' && words.includes('run');
}

function parseQuiz(body: Line[], id: string, start: number): QuizBlock {
  const question: string[] = [];
  const options: { text: string[]; correct: boolean }[] = [];
  const explanation: string[] = [];
  for (const line of body) {
    const item = TASK_ITEM.exec(line.text);
    if (item && explanation.length === 0) {
      options.push({ text: [item[2]], correct: item[1] !== ' ' });
    } else if (options.length === 0) {
      question.push(line.text);
    } else if (explanation.length === 0 && /^\s{2,}\S/.test(line.text)) {
      options[options.length - 1].text.push(line.text.trim());
    } else if (explanation.length > 0 || line.text.trim() !== '') {
      explanation.push(line.text.replace(/^>\s?/, ''));
    }
  }
  if (question.join('').trim() === '') throw new LessonFormatError('quiz needs a question before its answers', start);
  if (options.length < 2) throw new LessonFormatError('quiz needs at least two "- [ ]" answers', start);
  const correct = options.filter((o) => o.correct).length;
  if (correct === 0) throw new LessonFormatError('quiz needs at least one correct "- [x]" answer', start);
  if (explanation.join('').trim() === '') throw new LessonFormatError('quiz needs an explanation after its answers', start);
  return {
    kind: 'quiz',
    id,
    questionHtml: renderMarkdown(question.join('\n')),
    options: options.map((o) => ({ html: renderInlineMarkdown(o.text.join(' ')), correct: o.correct })),
    multiple: correct > 1,
    explanationHtml: renderMarkdown(explanation.join('\n')),
  };
}

function parseExercise(body: Line[], id: string, title: string, start: number, options: { model?: PythonModel; seed?: number }): ExerciseBlock {
  const instructions: string[] = [];
  const hints: string[] = [];
  const parts: Record<string, string> = {};
  for (let i = 0; i < body.length; ) {
    const line = body[i];
    if (FENCE_OPEN.test(line.text)) {
      const { fence, next } = readFence(body, i);
      const role = /^(?:python\s+(starter|solution|check)|text\s+(expected))$/.exec(fence.info);
      if (role) {
        const name = role[1] ?? role[2];
        if (name in parts) throw new LessonFormatError(`exercise has two "${name}" blocks`, fence.start);
        parts[name] = fence.code;
      } else {
        instructions.push(...body.slice(i, next).map((l) => l.text));
      }
      i = next;
      continue;
    }
    const hint = HINT.exec(line.text);
    if (hint) hints.push(hint[1]);
    else instructions.push(line.text);
    i++;
  }
  if (parts.starter === undefined) throw new LessonFormatError('exercise needs a ```python starter block', start);
  if (parts.solution === undefined) throw new LessonFormatError('exercise needs a ```python solution block', start);
  if (parts.check === undefined && parts.expected === undefined) {
    throw new LessonFormatError('exercise needs a ```python check block or a ```text expected block', start);
  }
  return {
    kind: 'exercise',
    id,
    title: title || 'Exercise',
    instructionsHtml: renderMarkdown(instructions.join('\n')),
    starter: parts.starter,
    solution: parts.solution,
    check: parts.check ?? '',
    ...(parts.expected !== undefined ? { expectedOutput: parts.expected } : {}),
    hintsHtml: hints.map(renderInlineMarkdown),
    ...options,
  };
}

export function parseLessonBlocks(body: string, firstLine = 1): LessonBlock[] {
  const lines: Line[] = body.split(/\r?\n/).map((text, i) => ({ text, no: firstLine + i }));
  const blocks: LessonBlock[] = [];
  const ids = new Set<string>();
  const counters = { example: 0, quiz: 0, exercise: 0 };
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.join('').trim() !== '') blocks.push({ kind: 'prose', html: renderMarkdown(prose.join('\n')) });
    prose = [];
  };
  const takeId = (kind: keyof typeof counters, explicit: string | undefined, line: number) => {
    counters[kind]++;
    const id = explicit ?? `${kind}-${counters[kind]}`;
    if (ids.has(id)) throw new LessonFormatError(`id "${id}" is used twice in this lesson`, line);
    ids.add(id);
    return id;
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (FENCE_OPEN.test(line.text)) {
      const { fence, next } = readFence(lines, i);
      if (isRunnable(fence.info)) {
        flushProse();
        const { attrs } = parseAttributes(fence.info.split(/\s+/).slice(2).join(' '), fence.start);
        const expect = attrs.expect as ExampleEnding | undefined;
        if (expect !== undefined && !EXAMPLE_ENDINGS.includes(expect)) {
          throw new LessonFormatError(`expect must be one of ${EXAMPLE_ENDINGS.join(', ')}, got "${attrs.expect}"`, fence.start);
        }
        blocks.push({
          kind: 'example',
          id: takeId('example', attrs.id, fence.start),
          code: fence.code,
          ...runOptions(attrs, fence.start),
          ...(expect ? { expect } : {}),
        });
      } else {
        prose.push(...lines.slice(i, next).map((l) => l.text));
      }
      i = next;
      continue;
    }
    const directive = DIRECTIVE_OPEN.exec(line.text);
    if (directive) {
      const [, name, args] = directive;
      if (name !== 'quiz' && name !== 'exercise') throw new LessonFormatError(`unknown directive ":::${name}" (use :::quiz or :::exercise)`, line.no);
      let end = i + 1;
      const inner: Line[] = [];
      // Fences inside a directive may contain ":::" lines; skip over them whole.
      while (end < lines.length && !DIRECTIVE_CLOSE.test(lines[end].text)) {
        if (FENCE_OPEN.test(lines[end].text)) {
          const { next } = readFence(lines, end);
          inner.push(...lines.slice(end, next));
          end = next;
        } else {
          inner.push(lines[end]);
          end++;
        }
      }
      if (end >= lines.length) throw new LessonFormatError(`:::${name} is not closed with ":::"`, line.no);
      flushProse();
      const { attrs, rest } = parseAttributes(args, line.no);
      if (name === 'quiz') blocks.push(parseQuiz(inner, takeId('quiz', attrs.id, line.no), line.no));
      else blocks.push(parseExercise(inner, takeId('exercise', attrs.id, line.no), rest, line.no, runOptions(attrs, line.no)));
      i = end + 1;
      continue;
    }
    prose.push(line.text);
    i++;
  }
  flushProse();
  return blocks;
}
