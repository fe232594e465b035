import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { lessons } from '../../lessons/catalog';
import { lessonDocuments } from '../../lessons/lesson-documents';
import { dedent, readElementParams, readEmbedParams } from './embed-params';
import { parseEmbedCommand } from './embed-protocol';

describe('embed URL parameters', () => {
  it('reads compressed code, model, seed, autorun and id', () => {
    const code = 'print("hi")\n';
    const p = readEmbedParams(`?code=${compressToEncodedURIComponent(code)}&model=3.14t&seed=42&autorun=1&id=box-1`);
    expect(p).toEqual({ code, model: '3.14t', seed: 42, autorun: true, id: 'box-1' });
  });

  it('takes an example of a lesson, with the model and seed the lesson pins', () => {
    const lesson = lessons[1];
    const doc = lessonDocuments(lesson).find((d) => d.id === 'example:example-3');
    const p = readEmbedParams(`?lesson=${lesson.id}&example=example-3`);
    expect(p.code).toBe(doc?.original);
    expect(p.model).toBe(doc?.model);
    expect(p.lesson).toBe(lesson.id);
  });

  it('says what is wrong instead of failing silently', () => {
    expect(readEmbedParams('?lesson=nope').problem).toBe('No example "example-1" in lesson "nope".');
    expect(readEmbedParams('?code=%%%').problem).toMatch(/could not be read/);
    expect(readEmbedParams('?model=2.7').problem).toMatch(/Unknown model "2.7"/);
  });
});

describe('<interleave-playground> attributes', () => {
  it('takes the code from the element text, without the indentation of the markup', () => {
    const attrs: Record<string, string> = { model: '3.9', autorun: '' };
    const p = readElementParams((name) => attrs[name] ?? null, '\n      if True:\n          print(1)\n    ');
    expect(p).toMatchObject({ code: 'if True:\n    print(1)\n', model: '3.9', autorun: true });
  });

  it('prefers a lesson example over stray text', () => {
    const p = readElementParams((name) => (name === 'lesson' ? lessons[0].id : null), '  ');
    expect(p.code).toBe(lessonDocuments(lessons[0])[0].original);
  });

  it('dedents only what all lines share', () => {
    expect(dedent('  a\n\n    b\n')).toBe('a\n\n  b\n');
    expect(dedent('\n \n')).toBe('');
  });
});

describe('embed messages', () => {
  it('accepts run commands and ignores other messages', () => {
    expect(parseEmbedCommand({ type: 'interleave:run', code: 'x = 1', model: '3.9', seed: 3 })).toEqual({ type: 'interleave:run', code: 'x = 1', model: '3.9', seed: 3 });
    expect(parseEmbedCommand({ type: 'interleave:run', model: 'bogus', seed: -1 })).toEqual({ type: 'interleave:run' });
    expect(parseEmbedCommand('interleave:run')).toBeNull();
    expect(parseEmbedCommand({ type: 'webpack:hmr' })).toBeNull();
  });
});
