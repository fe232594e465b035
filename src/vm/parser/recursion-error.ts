// Source nested too deeply for the parser (CPython raises RecursionError here, not SyntaxError).

export class PythonRecursionError extends Error {
  readonly kind = 'RecursionError';
  constructor(readonly msg = 'maximum recursion depth exceeded during compilation') {
    super(`RecursionError: ${msg}`);
    this.name = 'PythonRecursionError';
  }
}
