export type { Token, TokenKind } from './token';
export { tokenize, tokenizeForParser, prepareSource, lineOf, lineText, syntaxErrorAt, type SourceText, type TokenizeOptions } from './tokenizer';
export { numberValue } from './numbers';
export { decodeStr, decodeBytes, EscapeError } from './escapes';
