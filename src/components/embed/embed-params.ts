// What an embed page shows and does, read from its URL (embed.html?…):
//   code=<lz-string>             the program (compressed like share links), or
//   lesson=<id>&example=<id>     an example (or exercise starter) of a lesson
//   model=3.14|3.9|3.14t  seed=N  autorun=1  id=<name echoed in every message to the parent>
import { decompressFromEncodedURIComponent } from 'lz-string';
import { findDocument, exampleDocId, exerciseDocId } from '../../lessons/lesson-documents';
import { isPythonModel, type PythonModel } from '../../worker/python-models';

export interface EmbedParams {
  code: string;
  model?: PythonModel;
  seed?: number;
  autorun: boolean;
  id: string;
  /** What went wrong reading the parameters, shown instead of failing silently. */
  problem?: string;
  /** The lesson the code came from, for the "open in Interleave" link. */
  lesson?: string;
}

/** Removes the indentation common to all lines, and blank lines around the code (code written
 * inside an HTML element is usually indented with the markup). */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.length ? `${lines.map((l) => l.slice(cut)).join('\n')}\n` : '';
}

/** The <interleave-playground> element: the same parameters as attributes, the code as its text
 * (`code` attribute, compressed, also works). */
export function readElementParams(attribute: (name: string) => string | null, text: string): EmbedParams {
  const q = new URLSearchParams();
  for (const name of ['code', 'lesson', 'example', 'model', 'seed', 'id']) {
    const value = attribute(name);
    if (value !== null) q.set(name, value);
  }
  if (attribute('autorun') !== null) q.set('autorun', '1');
  const params = readEmbedParams(`?${q.toString()}`);
  const code = dedent(text);
  if (code !== '' && attribute('code') === null && attribute('lesson') === null) params.code = code;
  return params;
}

export function readEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search);
  const params: EmbedParams = { code: '', autorun: q.get('autorun') === '1', id: q.get('id') ?? '' };
  const model = q.get('model');
  if (model !== null) {
    if (isPythonModel(model)) params.model = model;
    else params.problem = `Unknown model "${model}" (use 3.14, 3.9 or 3.14t).`;
  }
  const seed = q.get('seed');
  if (seed !== null) {
    if (/^\d+$/.test(seed)) params.seed = Number(seed);
    else params.problem = `The seed must be a whole number, got "${seed}".`;
  }
  const code = q.get('code');
  const lesson = q.get('lesson');
  const example = q.get('example');
  if (code !== null) {
    const text = decompressFromEncodedURIComponent(code);
    if (text) params.code = text;
    else params.problem = 'The code in this link could not be read (it may have been cut short).';
  } else if (lesson !== null) {
    params.lesson = lesson;
    const ref = example ?? 'example-1';
    const doc = findDocument(lesson, exampleDocId(ref)) ?? findDocument(lesson, exerciseDocId(ref));
    if (doc) {
      params.code = doc.original;
      params.model ??= doc.model;
      params.seed ??= doc.seed;
    } else params.problem = `No example "${ref}" in lesson "${lesson}".`;
  }
  return params;
}
