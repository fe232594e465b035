// Parameter lists (def and lambda) and call arguments.
// https://docs.python.org/3/reference/compound_stmts.html#function-definitions
// https://docs.python.org/3/reference/expressions.html#calls

import type { Arg, Arguments, Expr, Keyword } from './ast';
import type { Token } from '../lexer/token';
import type { Parser } from './parser-base';
import {
  closeBracket, parseComprehensionClauses, parseExpression, parseNamedExpression, parseStarExpression,
} from './expressions';
import { errorAfterExpression, startsExpression } from './expression-errors';

function parseArg(p: Parser, annotations: boolean, starred: boolean): Arg {
  const name = p.expectName();
  let annotation: Expr | null = null;
  if (annotations && p.eatOp(':')) annotation = starred ? parseStarExpression(p) : parseExpression(p);
  return { _type: 'arg', arg: name.text, annotation, type_comment: null, ...p.loc(name) };
}

function parseParameterList(p: Parser, closer: string, annotations: boolean): Arguments {
  let posonlyargs: Arg[] = [];
  let args: Arg[] = [];
  const defaults: Expr[] = [];
  let vararg: Arg | null = null;
  const kwonlyargs: Arg[] = [];
  const kwDefaults: (Expr | null)[] = [];
  let kwarg: Arg | null = null;
  let seenSlash = false;
  let seenStar = false;
  let bareStar: Token | null = null;
  // The default or annotation just parsed, for "Perhaps you forgot a comma?".
  let lastValue: Expr | null = null;
  while (!p.isOp(closer)) {
    const t = p.tok;
    if (kwarg) throw p.errorAtToken('arguments cannot follow var-keyword argument');
    lastValue = null;
    if (p.isOp('/')) {
      if (seenSlash) throw p.errorAtToken('/ may appear only once');
      if (seenStar) throw p.errorAtToken('/ must be ahead of *');
      if (args.length === 0) throw p.errorAtToken('at least one argument must precede /');
      p.advance();
      posonlyargs = args;
      args = [];
      seenSlash = true;
    } else if (p.isOp('*')) {
      if (seenStar) throw p.errorAtToken('* argument may appear only once');
      p.advance();
      seenStar = true;
      if (p.isOp(',') || p.isOp(closer)) {
        bareStar = t;
      } else {
        vararg = parseArg(p, annotations, true);
        if (p.isOp('=')) throw p.errorAtToken('var-positional argument cannot have default value');
      }
    } else if (p.isOp('**')) {
      p.advance();
      kwarg = parseArg(p, annotations, false);
      if (p.isOp('=')) throw p.errorAtToken('var-keyword argument cannot have default value');
    } else {
      const a = parseArg(p, annotations, false);
      const value = p.eatOp('=') ? parseExpression(p) : null;
      lastValue = value ?? a.annotation;
      if (seenStar) {
        kwonlyargs.push(a);
        kwDefaults.push(value);
      } else {
        args.push(a);
        if (value) defaults.push(value);
        else if (defaults.length > 0) {
          throw p.errorRange('parameter without a default follows parameter with a default', a);
        }
      }
    }
    if (!p.eatOp(',')) break;
  }
  if (bareStar && kwonlyargs.length === 0) {
    throw p.errorRange('named arguments must follow bare *', bareStar);
  }
  if (!p.isOp(closer)) throw lastValue ? errorAfterExpression(p, lastValue) : p.invalidSyntax();
  return {
    _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults,
  };
}

/** The parameters of `def name(...)`, after the '(' (the ')' is left for the caller). */
export function parseFunctionParameters(p: Parser): Arguments {
  return parseParameterList(p, ')', true);
}

/** The parameters of a lambda, up to (not including) its ':'. */
export function parseLambdaParameters(p: Parser): Arguments {
  return parseParameterList(p, ':', false);
}

/** Call arguments after '(' up to and including ')'. `open` is the '(' token. */
export function parseCallArguments(
  p: Parser, open: Token, allowGenerator = true,
): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let problem: string | null = null;
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (!p.isOp(')')) {
    const start = p.tok;
    let last: Expr;
    if (p.isOp('*')) {
      p.advance();
      const value = parseExpression(p);
      if (sawDoubleStar) throw p.errorRange('iterable argument unpacking follows keyword argument unpacking', start);
      last = { _type: 'Starred', value, ctx: 'Load', ...p.loc(start) };
      args.push(last);
    } else if (p.isOp('**')) {
      p.advance();
      last = parseExpression(p);
      if (p.isOp('=')) throw p.errorRange('cannot assign to keyword argument unpacking', start, p.tok);
      keywords.push({ _type: 'keyword', arg: null, value: last, ...p.loc(start) });
      sawDoubleStar = true;
    } else if (p.tok.kind === 'NAME' && p.peek().kind === 'OP' && p.peek().text === '=') {
      if (!p.isName()) {
        const kw = p.tok.text;
        if (kw === 'True' || kw === 'False' || kw === 'None') {
          throw p.errorRange(`cannot assign to ${kw}`, p.tok, p.peek());
        }
        throw p.invalidSyntax();
      }
      p.advance();
      const eq = p.advance();
      if (!startsExpression(p.tok) && !p.isKw('yield')) throw p.errorRange('expected argument value expression', start, eq);
      last = parseExpression(p);
      keywords.push({ _type: 'keyword', arg: start.text, value: last, ...p.loc(start) });
      sawKeyword = true;
    } else {
      last = parseNamedExpression(p, false);
      if (p.isOp('=')) {
        throw p.errorRange('expression cannot contain assignment, perhaps you meant "=="?', start, p.tok);
      }
      if (p.isKw('for') || p.isKw('async')) {
        if (!allowGenerator) throw p.invalidSyntax();
        const generators = parseComprehensionClauses(p);
        const sole = args.length === 0 && keywords.length === 0 && p.isOp(')');
        if (!sole) {
          const gen: Expr = { _type: 'GeneratorExp', elt: last, generators, ...p.loc(start) };
          throw p.errorRange('Generator expression must be parenthesized', gen);
        }
        p.advance();
        args.push({ _type: 'GeneratorExp', elt: last, generators, ...p.loc(open) });
        return { args, keywords };
      }
      if (!problem && sawDoubleStar) problem = 'positional argument follows keyword argument unpacking';
      else if (!problem && sawKeyword) problem = 'positional argument follows keyword argument';
      args.push(last);
    }
    if (!p.eatOp(',')) {
      if (!p.isOp(')')) throw errorAfterExpression(p, last);
      break;
    }
  }
  if (problem) throw p.errorAtToken(problem);
  closeBracket(p, ')', open, null);
  return { args, keywords };
}
