// The pure numeric and text-formatting engines the VM's objects call: no VM types in here.
export { FormatError, type PyErrorType } from './format-error';
export { floatRepr } from './float-repr';
export { doubleToString, type DoubleFormatCode, type DoubleToStringFlags } from './double-to-string';
export { parseFormatSpec, type FormatSpec } from './format-spec';
export { formatInt } from './format-int';
export { formatFloat } from './format-float';
export { formatStr } from './format-str';
export { percentFormat, type PercentHooks } from './percent-format';
export { roundFloat, roundFloatToInt, roundInt } from './round';
export {
  DEFAULT_MAX_STR_DIGITS,
  intToString,
  normalizeInt,
  parseFloatText,
  parseIntLiteral,
  type PyIntValue,
} from './number-parse';
export { intToFloat } from './int-convert';
export { strRepr, strAscii, asciiOfRepr, isPySpace, decimalValue } from './string-repr';
export { encodeUtf8, decodeUtf8, UnicodeCodecError } from './utf8';
export { hashFloat, hashInt } from './numeric-hash';
export { floatDivmod, floatFloorDiv, floatMod, floatPow } from './float-arith';
