import { useId } from 'react';
import { useStore } from '../store';

/** Lines the program reads with input(), given before the run (past them, it asks in the console). */
export function StdinInput() {
  const text = useStore((s) => s.stdinText);
  const setText = useStore((s) => s.setStdinText);
  const id = useId();
  const lines = text === '' ? 0 : text.replace(/\n$/, '').split('\n').length;
  return (
    <details className="stdin">
      <summary>
        Input for <code>input()</code> {lines > 0 && <span className="stdin-count">({lines} {lines === 1 ? 'line' : 'lines'})</span>}
      </summary>
      <label htmlFor={id} className="stdin-help">
        One line per <code>input()</code> call, read in order. When they run out, the program asks in the console.
      </label>
      <textarea id={id} className="stdin-text" rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
    </details>
  );
}
