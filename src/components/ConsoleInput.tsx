import { useEffect, useRef, useState } from 'react';
import { answerInput } from '../store/run-actions';

/** The line a program waiting in input() reads, typed where its prompt is (Enter sends, Ctrl+D
 * sends end of input, as in a terminal). */
export function ConsoleInput() {
  const [line, setLine] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <input
      ref={ref}
      className="console-input"
      data-testid="console-input"
      aria-label="Input for the program (Enter sends the line, Ctrl+D ends input)"
      spellCheck={false}
      autoComplete="off"
      value={line}
      onChange={(e) => setLine(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          setLine('');
          answerInput(line);
        } else if (e.key.toLowerCase() === 'd' && e.ctrlKey && line === '') {
          e.preventDefault();
          answerInput(null);
        }
      }}
    />
  );
}
