// parse(source, filename) → Module, the entry point of the front end.

import type { Module } from './ast';
import type { Token } from '../lexer/token';
import { PythonSyntaxError } from './syntax-error';
import { PythonRecursionError } from './recursion-error';
import { prepareSource, tokenizeForParser } from '../lexer/tokenizer';
import { Parser } from './parser-base';
import { parseModule } from './statements';

export function parse(source: string, filename = '<string>'): Module {
  const src = prepareSource(source, filename);
  const tokens = tokenizeForParser(src);
  const parser = new Parser(tokens, src);
  if (tokens[0].kind === 'ERRORTOKEN') throw tokens[0].error;
  try {
    return parseModule(parser);
  } catch (e) {
    // The JavaScript stack ran out on deeply nested source: Python's answer is RecursionError.
    if (e instanceof RangeError) throw new PythonRecursionError();
    throw preferTokenizerError(e, tokens[tokens.length - 1], tokens[parser.furthest].lineno);
  }
}

/** CPython re-tokenizes the rest of the file after a parser error: a tokenizer error there wins,
 * and so does a bracket left open on a line before the furthest token the parser looked at. */
function preferTokenizerError(e: unknown, final: Token, furthestLine: number): unknown {
  if (!(e instanceof PythonSyntaxError) || !final.error || e === final.error) return e;
  // CPython reports an unexpected indent without looking further.
  if (e.msg === 'unexpected indent') return e;
  if (final.kind === 'ERRORTOKEN') return final.overridesParserError ? final.error : e;
  return furthestLine > final.error.lineno ? final.error : e;
}

export { PythonSyntaxError } from './syntax-error';
export { PythonRecursionError } from './recursion-error';
export { dumpAst } from './dump-ast';
export type * from './ast';
