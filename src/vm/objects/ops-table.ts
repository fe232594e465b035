// Operator names shared by the compiler, dis and the interpreter (CPython's NB_* and
// COMPARE_OP orders).
export const BINARY_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];
export const BINOP_DUNDERS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];
export const NB_INPLACE = 13;
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='];
export const CMP_DUNDERS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** Reflection of each comparison (a < b ⇔ b > a). */
export const CMP_SWAPPED = [4, 5, 2, 3, 0, 1];
export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
