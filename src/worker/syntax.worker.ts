// A small worker for editor markers: only the parser, so it boots fast and keeps answering
// while the runtime worker is busy running a program.
import * as Comlink from 'comlink';
import type { SyntaxCheckApi } from './api';
import { checkSyntax } from './syntax-check';

const api: SyntaxCheckApi = {
  async check(code, filename) {
    try {
      return checkSyntax(code, filename);
    } catch {
      return []; // a parser bug must not put false markers in the learner's editor
    }
  },
};
Comlink.expose(api);
