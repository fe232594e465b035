// Loaded lazily after first paint: Monaco's core, the Python tokenizer and the editor worker,
// all bundled by Vite (no CDN; works offline). Nothing else from Monaco is pulled in.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
// Ctrl+M (Mac: Ctrl+Shift+M) toggles "Tab moves focus", the escape from the editor's tab trap;
// the core API alone does not register that action.
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import type { SyntaxProblem } from '../../worker/api';
import type { ThreadLineMarker } from './editor-bridge';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export interface MonacoHandle {
  getValue(): string;
  /** keepUndo: the change stays undoable with Ctrl+Z (reset, show solution); otherwise the
   * editor starts a fresh history (another document was opened). */
  setValue(code: string, keepUndo: boolean): void;
  setProblems(problems: SyntaxProblem[]): void;
  revealLine(line: number): void;
  /** Each thread's line at the timeline's cursor, in the thread's colour. */
  setThreadLines(markers: ThreadLineMarker[]): void;
  focus(): void;
  dispose(): void;
}

export interface MonacoOptions {
  value: string;
  label: string;
  onChange(value: string): void;
  onRun(): void;
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
const themeName = () => (darkQuery().matches ? 'vs-dark' : 'vs');

export function mountMonaco(host: HTMLElement, options: MonacoOptions): MonacoHandle {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const editor = monaco.editor.create(host, {
    value: options.value,
    language: 'python',
    theme: themeName(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    ariaLabel: options.label,
    smoothScrolling: !reducedMotion,
    cursorSmoothCaretAnimation: reducedMotion ? 'off' : 'on',
    renderLineHighlight: 'line',
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  let applying = false;
  const changes = editor.onDidChangeModelContent(() => {
    if (!applying) options.onChange(editor.getValue());
  });
  const threadLines = editor.createDecorationsCollection();
  const query = darkQuery();
  const onTheme = () => monaco.editor.setTheme(themeName());
  query.addEventListener('change', onTheme);

  return {
    getValue: () => editor.getValue(),
    setValue(code, keepUndo) {
      if (code === editor.getValue()) return;
      applying = true;
      const model = editor.getModel()!;
      if (keepUndo) {
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
        editor.pushUndoStop();
      } else {
        model.setValue(code);
      }
      applying = false;
    },
    setProblems(problems) {
      const model = editor.getModel();
      if (!model) return;
      monaco.editor.setModelMarkers(
        model,
        'python-syntax',
        problems.map((p) => ({
          severity: monaco.MarkerSeverity.Error,
          message: `${p.kind}: ${p.message}`,
          startLineNumber: p.line,
          startColumn: Math.max(1, p.column),
          endLineNumber: Math.max(p.line, p.endLine),
          // A zero-width range would be invisible: always underline at least one character.
          endColumn: p.endLine > p.line || p.endColumn > p.column ? p.endColumn : Math.max(1, p.column) + 1,
        })),
      );
    },
    revealLine(line) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      editor.focus();
    },
    setThreadLines(markers) {
      const model = editor.getModel();
      if (!model) return;
      const lines = markers.filter((m) => m.line >= 1 && m.line <= model.getLineCount());
      threadLines.set(
        lines.flatMap((m) => {
          const end = model.getLineMaxColumn(m.line);
          return [
            {
              range: new monaco.Range(m.line, 1, m.line, 1),
              options: {
                isWholeLine: true,
                className: `interleave-thread-line interleave-thread-line-${m.colorIndex}`,
                linesDecorationsClassName: `interleave-thread-gutter interleave-thread-gutter-${m.colorIndex}`,
                hoverMessage: { value: `Thread ${m.label} is on this line at the timeline's cursor` },
              },
            },
            {
              // The thread's number after the line's text: the marker does not rely on colour.
              range: new monaco.Range(m.line, 1, m.line, end),
              options: {
                showIfCollapsed: true,
                after: { content: `  ◀ ${m.label}`, inlineClassName: `interleave-thread-label interleave-thread-label-${m.colorIndex}` },
              },
            },
          ];
        }),
      );
    },
    focus: () => editor.focus(),
    dispose() {
      threadLines.clear();
      query.removeEventListener('change', onTheme);
      changes.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
    },
  };
}
