import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from '../store';
import { PROGRAM_FILENAME } from '../store/run-actions';
import type { ConsoleEntry } from '../store/run-slice';
import { ConsoleInput } from './ConsoleInput';
import { revealEditorLine } from './editor/editor-bridge';

const TRACE_LINE = new RegExp(`(File "${PROGRAM_FILENAME.replace('.', '\\.')}", )(line (\\d+))`, 'g');

/** Turns `File "main.py", line 7` in tracebacks into a button that jumps the editor to line 7. */
function withLineLinks(text: string, keyBase: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TRACE_LINE)) {
    const at = m.index + m[1].length;
    parts.push(text.slice(last, at));
    const line = Number(m[3]);
    parts.push(
      <button key={`${keyBase}-${at}`} type="button" className="console-line-link" onClick={() => revealEditorLine(line)} title={`Show line ${line} in the editor`}>
        {m[2]}
      </button>,
    );
    last = at + m[2].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function EntryView({ entry, index }: { entry: ConsoleEntry; index: number }) {
  return <span className={`console-${entry.stream}`}>{entry.stream === 'stdout' ? entry.text : withLineLinks(entry.text, String(index))}</span>;
}

export function ConsoleView() {
  const entries = useStore((s) => s.consoleEntries);
  const dropped = useStore((s) => s.consoleDropped);
  const clearConsole = useStore((s) => s.clearConsole);
  const inputWanted = useStore((s) => s.inputWanted);
  const outputRef = useRef<HTMLPreElement>(null);
  const stickToBottom = useRef(true);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const el = outputRef.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [entries, inputWanted]);

  const copy = async () => {
    const text = useStore
      .getState()
      .consoleEntries.map((e) => e.text)
      .join('');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (permissions): select the text so the learner can copy it by hand.
      const range = document.createRange();
      if (outputRef.current) {
        range.selectNodeContents(outputRef.current);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };

  return (
    <section className="console" aria-label="Console">
      <div className="pane-toolbar">
        <h2 className="pane-title">Console</h2>
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={clearConsole}>
          Clear
        </button>
      </div>
      <pre
        ref={outputRef}
        className="console-output"
        data-testid="console"
        role="log"
        aria-live="polite"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {dropped > 0 && <span className="console-info">[{dropped} earlier characters not shown]{'\n'}</span>}
        {entries.map((entry, i) => (
          <EntryView key={i} entry={entry} index={i} />
        ))}
        {inputWanted && <ConsoleInput />}
      </pre>
    </section>
  );
}
