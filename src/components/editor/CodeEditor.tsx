import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../store';
import { runCurrentCode } from '../../store/run-actions';
import { runtimeClient } from '../../worker/client';
import { activeDocId, currentCode } from '../../store/work-slice';
import { registerEditorTarget, registerThreadLineTarget } from './editor-bridge';
import type { MonacoHandle } from './monaco-view';
import { useSyntaxCheck } from './use-syntax-check';

const LABEL = 'Python code editor';

function revealInTextarea(textarea: HTMLTextAreaElement, line: number) {
  const lines = textarea.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
}

/** The code editor: a plain textarea at first paint, replaced by Monaco once it has loaded. */
export function CodeEditor() {
  const code = useStore(currentCode);
  const docKey = useStore((s) => `${s.lessonId}/${activeDocId(s)}`);
  const shownDoc = useRef(docKey);
  const setCode = useStore((s) => s.setCode);
  const hostRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const monacoRef = useRef<MonacoHandle | null>(null);
  const [monacoReady, setMonacoReady] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  // Checks wait for the editor: on a cold load the CPU belongs to Monaco first.
  const problems = useSyntaxCheck(code, monacoReady || loadFailed);

  useEffect(() => {
    let disposed = false;
    const load = () => {
      import('./monaco-view')
        .then(({ mountMonaco }) => {
          if (disposed || !hostRef.current) return;
          monacoRef.current = mountMonaco(hostRef.current, {
            // The latest code, including anything typed into the textarea while Monaco loaded.
            value: currentCode(useStore.getState()),
            label: LABEL,
            onChange: (value) => useStore.getState().setCode(value),
            onRun: () => void runCurrentCode(),
          });
          setMonacoReady(true);
          // Next in line: the runtime worker, so the first Run does not wait for it to load.
          runtimeClient().warmUp();
        })
        .catch(() => !disposed && setLoadFailed(true));
    };
    // Right after first paint (the frame after this effect): Monaco must not delay the lesson
    // text, but the learner should not wait for an idle period either.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(load, 0);
    });
    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      monacoRef.current?.dispose();
      monacoRef.current = null;
    };
  }, []);

  useEffect(() => {
    // A different document gets a fresh undo history; a change within one stays undoable.
    monacoRef.current?.setValue(code, shownDoc.current === docKey);
    shownDoc.current = docKey;
  }, [code, docKey, monacoReady]);

  useEffect(() => {
    monacoRef.current?.setProblems(problems);
  }, [problems, monacoReady]);

  useEffect(() => {
    registerEditorTarget({
      revealLine(line) {
        if (monacoRef.current) monacoRef.current.revealLine(line);
        else if (textareaRef.current) revealInTextarea(textareaRef.current, line);
      },
    });
    // The timeline's cursor shows each thread's line here (only in Monaco).
    registerThreadLineTarget({ setThreadLines: (markers) => monacoRef.current?.setThreadLines(markers) });
    return () => {
      registerEditorTarget(null);
      registerThreadLineTarget(null);
    };
  }, []);

  return (
    <div className="editor" data-testid="editor" data-editor={monacoReady ? 'monaco' : 'textarea'}>
      <div className="editor-surface">
        {!monacoReady && (
          <textarea
            ref={textareaRef}
            className="editor-fallback"
            aria-label={LABEL}
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                e.preventDefault();
                void runCurrentCode();
              }
            }}
          />
        )}
        <div ref={hostRef} className="editor-monaco" hidden={!monacoReady} />
      </div>
      <p className="editor-status" aria-live="polite">
        {problems.length > 0 ? (
          <span className="editor-problem">
            {problems[0].kind} on line {problems[0].line}: {problems[0].message}
          </span>
        ) : loadFailed ? (
          'The full editor could not be loaded; this plain editor works the same.'
        ) : monacoReady ? (
          <>
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs · <kbd>Tab</kbd> indents; <kbd>Ctrl</kbd>+<kbd>M</kbd> (Mac: <kbd>⌃⇧M</kbd>) makes{' '}
            <kbd>Tab</kbd> leave the editor
          </>
        ) : (
          <>
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>Enter</kbd> runs. Loading the full editor…
          </>
        )}
      </p>
    </div>
  );
}
