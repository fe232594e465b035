import { useState } from 'react';
import { ConsoleView } from './ConsoleView';
import { DocumentBar } from './DocumentBar';
import { CodeEditor } from './editor/CodeEditor';
import { RunControls } from './RunControls';
import { Splitter } from './Splitter';
import { StatusLine } from './StatusLine';
import { StdinInput } from './StdinInput';
import { LazyTimeline } from './timeline/LazyTimeline';

export function WorkArea() {
  const [editorHeight, setEditorHeight] = useState(() => Math.round(window.innerHeight * 0.45));
  return (
    <section className="work-area" id="playground" tabIndex={-1} aria-label="Playground">
      <RunControls />
      <DocumentBar />
      <div className="work-editor" style={{ height: editorHeight }}>
        <CodeEditor />
      </div>
      <Splitter label="Resize editor and console" orientation="horizontal" value={editorHeight} min={120} max={Math.max(200, window.innerHeight - 200)} onChange={setEditorHeight} />
      <StdinInput />
      <StatusLine />
      <ConsoleView />
      <LazyTimeline />
    </section>
  );
}
