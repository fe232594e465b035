import { describe, expect, it } from 'vitest';
import { LessonFormatError, parseAttributes, parseLessonBlocks, type ExerciseBlock, type QuizBlock } from './lesson-blocks';

const fence = '```';

describe('parseLessonBlocks', () => {
  it('keeps ordinary code fences in the prose and turns `python run` fences into examples', () => {
    const blocks = parseLessonBlocks(
      ['# Title', '', `${fence}python`, 'x = 1', fence, '', `${fence}python run model=3.9 seed=7`, 'print("hi")', fence, 'After.'].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['prose', 'example', 'prose']);
    expect(blocks[0]).toMatchObject({ kind: 'prose' });
    expect((blocks[0] as { html: string }).html).toContain('<code class="language-python">x = 1');
    expect(blocks[1]).toEqual({ kind: 'example', id: 'example-1', code: 'print("hi")', model: '3.9', seed: 7 });
  });

  it('reads how an example is meant to end, and rejects endings it does not know', () => {
    const [example] = parseLessonBlocks([`${fence}python run expect=deadlock`, 'pass', fence].join('\n'));
    expect(example).toEqual({ kind: 'example', id: 'example-1', code: 'pass', expect: 'deadlock' });
    expect(() => parseLessonBlocks([`${fence}python run expect=hang`, 'pass', fence].join('\n'))).toThrow(LessonFormatError);
  });

  it('parses a quiz: question, answers, explanation', () => {
    const [quiz] = parseLessonBlocks(
      [':::quiz id=join', 'What waits for a thread?', '', '- [ ] `start()`', '- [x] `join()`', '  (blocks the caller)', '', '> `join()` blocks until the thread ends.', ':::'].join('\n'),
    ) as QuizBlock[];
    expect(quiz.id).toBe('join');
    expect(quiz.questionHtml).toContain('What waits for a thread?');
    expect(quiz.options).toEqual([
      { html: '<code>start()</code>', correct: false },
      { html: '<code>join()</code> (blocks the caller)', correct: true },
    ]);
    expect(quiz.multiple).toBe(false);
    expect(quiz.explanationHtml).toContain('blocks until the thread ends');
  });

  it('parses an exercise with starter, solution, check, expected output and hints', () => {
    const [, exercise] = parseLessonBlocks(
      [
        'Intro',
        ':::exercise Count to three seed=3',
        'Print the numbers.',
        `${fence}python starter`,
        'pass',
        fence,
        `${fence}python solution`,
        'for i in range(3): print(i)',
        fence,
        `${fence}python check`,
        'assert True',
        fence,
        `${fence}text expected`,
        '0\n1\n2',
        fence,
        'Hint: use `range`.',
        ':::',
      ].join('\n'),
    ) as ExerciseBlock[];
    expect(exercise).toMatchObject({
      kind: 'exercise',
      id: 'exercise-1',
      title: 'Count to three',
      starter: 'pass',
      solution: 'for i in range(3): print(i)',
      check: 'assert True',
      expectedOutput: '0\n1\n2',
      hintsHtml: ['use <code>range</code>.'],
      seed: 3,
    });
    expect(exercise.instructionsHtml).toContain('Print the numbers.');
  });

  it('reports authoring mistakes with the line in the lesson file', () => {
    const at = (src: string, first = 1) => {
      try {
        parseLessonBlocks(src, first);
      } catch (err) {
        expect(err).toBeInstanceOf(LessonFormatError);
        return (err as LessonFormatError).line;
      }
      throw new Error('expected a LessonFormatError');
    };
    expect(at('a\n:::quiz\nQ?\n- [x] only one\n> why\n:::', 10)).toBe(11);
    expect(at(':::quiz\nQ?\n- [ ] a\n- [ ] b\n> why\n:::')).toBe(1);
    expect(at('text\n:::quiz\nQ?')).toBe(2);
    expect(at(':::note\n:::')).toBe(1);
    expect(at(`${fence}python run model=2.7\nx\n${fence}`)).toBe(1);
    expect(at(`x\n${fence}python\nnever closed`)).toBe(2);
    expect(at(`:::exercise\n${fence}python starter\npass\n${fence}\n:::`)).toBe(1);
    expect(at(`${fence}python run id=a\n1\n${fence}\n${fence}python run id=a\n2\n${fence}`)).toBe(4);
  });

  it('does not end a directive at a ":::" line inside a code block', () => {
    const [exercise] = parseLessonBlocks(
      [':::exercise', `${fence}python starter`, 's = """', ':::', '"""', fence, `${fence}python solution`, 'ok', fence, `${fence}text expected`, 'x', fence, ':::'].join('\n'),
    ) as ExerciseBlock[];
    expect(exercise.starter).toBe('s = """\n:::\n"""');
  });
});

describe('parseAttributes', () => {
  it('splits key=value pairs from words', () => {
    expect(parseAttributes('Count safely id=count title="a b"', 1)).toEqual({ attrs: { id: 'count', title: 'a b' }, rest: 'Count safely' });
  });
});
