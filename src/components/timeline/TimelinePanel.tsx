// The timeline section of the work area (loaded lazily: none of it is needed for first paint).
// The canvas is drawn by the plain-TypeScript TimelineView; this component only arranges the
// toolbar, the summary, the details of the selection and the accessible events table.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Description, Hit } from '../../timeline/describe';
import { chromeTraceJson } from '../../timeline/export';
import { MarkKind, type TimelineModel } from '../../timeline/model';
import { syntheticTrace } from '../../timeline/synthetic-trace';
import type { TimelineView } from '../../timeline/timeline-view';
import { currentTrace, setTrace, useTraceStore } from '../../store/trace-store';
import { followCursor } from './cursor-effects';
import { CursorConsole } from './CursorConsole';
import { CursorSlider } from './CursorSlider';
import { EventTable } from './EventTable';
import { TimelineCanvas } from './TimelineCanvas';
import { TimelineDetails } from './TimelineDetails';
import { Legend, TimelineSummary } from './TimelineSummary';
import { lastModelBuildMs, useTimelineModel } from './use-timeline-model';
import './timeline.css';

declare global {
  interface Window {
    /** Set in bench mode (`?bench-trace=N`): the bench drives the view and reads frame times. */
    __interleaveTimeline?: { view: TimelineView | null; model: TimelineModel | null; buildMs: number };
  }
}

/** `?bench-trace=1000000` fills the timeline with a synthetic trace of that many events. */
function benchTraceSize(): number {
  const n = Number(new URLSearchParams(window.location.search).get('bench-trace'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 20_000_000) : 0;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Attributes tests and tools read instead of pixels. */
function countLost(model: TimelineModel | null): number {
  let lost = 0;
  for (let i = 0; model && i < model.marks.count; i++) if (model.marks.kind[i] === MarkKind.LOST_UPDATE) lost++;
  return lost;
}

function describeForTests(host: HTMLElement, model: TimelineModel | null): void {
  if (!model) {
    host.dataset.state = 'empty';
    return;
  }
  const lost = countLost(model);
  const holders: number[] = [];
  for (let i = 0; i < model.gil.count && holders.length < 200; i++) holders.push(model.gil.value[i]);
  Object.assign(host.dataset, {
    state: 'ready',
    events: String(model.eventCount),
    threadLanes: String(model.threads.length),
    threadNames: JSON.stringify(model.threads.map((t) => t.name)),
    objectLanes: JSON.stringify(model.objects.map((o) => o.name)),
    lostUpdates: String(lost),
    deadlock: model.deadlock ? model.deadlock.steps.map((s) => s.waitsFor).join(',') : '',
    gilHolders: holders.join(','),
  });
}

export default function TimelinePanel() {
  const { model, version } = useTimelineModel();
  const playSpeed = useTraceStore((s) => s.info?.playSpeed ?? null);
  const hostRef = useRef<HTMLElement>(null);
  const [view, setView] = useState<TimelineView | null>(null);
  const [selected, setSelected] = useState<Description | null>(null);
  const [help, setHelp] = useState(false);
  const [showTable, setShowTable] = useState(false);

  useEffect(() => {
    const n = benchTraceSize();
    if (n > 0) setTrace(syntheticTrace(n));
  }, []);

  useEffect(() => {
    if (benchTraceSize() > 0) window.__interleaveTimeline = { view, model, buildMs: lastModelBuildMs() };
  }, [view, model]);

  useEffect(() => {
    const host = hostRef.current!;
    describeForTests(host, model);
    setSelected(null);
    if (!model) return;
    return followCursor(model, host);
  }, [model]);

  // A deadlock is the story of the run: select it so the details name the locks at once.
  useEffect(() => {
    if (model?.deadlock && view) view.select({ type: 'deadlock' });
  }, [model, view]);

  const lostCount = useMemo(() => countLost(model), [model]);
  const onSelect = useCallback((_hit: Hit | null, d: Description | null) => setSelected(d), []);
  const onHelp = useCallback(() => setHelp((h) => !h), []);
  const selectFirstLost = () => {
    if (!model || !view) return;
    for (const lane of model.threads) {
      for (let i = 0; i < lane.marks.count; i++) {
        if (lane.marks.kind[i] !== MarkKind.LOST_UPDATE) continue;
        view.select({ type: 'mark', thread: lane.id, index: i });
        view.fitSelection();
        return;
      }
    }
  };
  const trace = currentTrace();

  return (
    <section className="timeline" ref={hostRef} data-testid="timeline" data-version={version} aria-label="Timeline">
      <div className="pane-toolbar timeline-toolbar">
        <h2 className="pane-title">Timeline</h2>
        <button type="button" onClick={() => view?.zoom(1.5)} disabled={!model} aria-label="Zoom in (W)">
          +
        </button>
        <button type="button" onClick={() => view?.zoom(1 / 1.5)} disabled={!model} aria-label="Zoom out (S)">
          −
        </button>
        <button type="button" onClick={() => view?.fitAll()} disabled={!model}>
          Fit
        </button>
        {model?.deadlock && (
          <button type="button" data-testid="timeline-show-deadlock" onClick={() => view?.select({ type: 'deadlock' })}>
            Deadlock
          </button>
        )}
        {model && lostCount > 0 && (
          <button type="button" data-testid="timeline-show-lost" onClick={selectFirstLost}>
            First lost update
          </button>
        )}
        <button type="button" data-testid="timeline-export" disabled={!trace} onClick={() => trace && download('interleave-trace.json', chromeTraceJson(trace))}>
          Export trace
        </button>
        <button type="button" aria-expanded={showTable} onClick={() => setShowTable((v) => !v)} disabled={!model}>
          Events table
        </button>
        <button type="button" aria-expanded={help} onClick={onHelp}>
          ?
        </button>
      </div>
      {help && (
        <div className="timeline-help" role="note" data-testid="timeline-help">
          <strong>Timeline keys</strong> (click the timeline first): <kbd>W</kbd>/<kbd>S</kbd> zoom, <kbd>A</kbd>/<kbd>D</kbd> pan, <kbd>F</kbd> fit the
          selection, <kbd>←</kbd>/<kbd>→</kbd> move the time cursor (<kbd>Shift</kbd>: faster), <kbd>Home</kbd>/<kbd>End</kbd>, <kbd>N</kbd>/<kbd>P</kbd> next/previous finding (lost update, race, deadlock, exception), <kbd>Esc</kbd> clears
          the selection, <kbd>?</kbd> this help. Mouse: wheel or pinch zooms around the pointer, drag pans, click selects and sets the cursor, drag on the
          time axis scrubs. Export opens in ui.perfetto.dev.
        </div>
      )}
      {model && <CursorSlider model={model} />}
      <div className="timeline-scroll">
        <TimelineCanvas model={model} playSpeed={playSpeed} onSelect={onSelect} onHelp={onHelp} onView={setView} />
      </div>
      {model && (
        <div className="timeline-below">
          <TimelineDetails description={selected} />
          <CursorConsole model={model} />
          <TimelineSummary model={model} />
          <Legend />
          {showTable && trace && <EventTable model={model} trace={trace} />}
        </div>
      )}
    </section>
  );
}
