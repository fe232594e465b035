// The pure formatting engines know nothing of the VM's exception objects: they throw this,
// carrying the Python exception type's name, and the VM raises the matching Python exception.

export type PyErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'KeyError' | 'IndexError' | 'MemoryError' | 'ZeroDivisionError';

export class FormatError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}

/**
 * Widths and precisions beyond this would build strings larger than a JS engine allows; CPython
 * fails such requests with a MemoryError (with an empty message) on ordinary machines too.
 */
export const MAX_FORMAT_WIDTH = 100_000_000;

export function checkFormatWidth(width: number): void {
  if (width > MAX_FORMAT_WIDTH) throw new FormatError('MemoryError', '');
}
