// Asks the worker for syntax errors a moment after typing stops (debounced), so markers follow
// the code without running the parser on every keystroke.
import { useEffect, useState } from 'react';
import type { SyntaxProblem } from '../../worker/api';
import { runtimeClient } from '../../worker/client';
import { PROGRAM_FILENAME } from '../../store/run-actions';

export const SYNTAX_CHECK_DELAY_MS = 400;

export function useSyntaxCheck(code: string, enabled: boolean): SyntaxProblem[] {
  const [problems, setProblems] = useState<SyntaxProblem[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      runtimeClient()
        .check(code, PROGRAM_FILENAME)
        .then(
          (found) => !cancelled && setProblems(found),
          () => !cancelled && setProblems([]),
        );
    }, SYNTAX_CHECK_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [code, enabled]);
  return problems;
}
