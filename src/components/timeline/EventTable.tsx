// The same events as a table, for screen readers and keyboard users: pages of rows, a filter,
// arrow keys move between rows, Enter moves the time cursor to the event.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_FILTERS, eventRow, filterEvents, type EventFilter } from '../../timeline/event-rows';
import type { TimelineModel } from '../../timeline/model';
import { formatDuration } from '../../timeline/time-scale';
import { cursor } from '../../store/trace-store';
import type { TraceTransfer } from '../../worker/trace-transfer';

const PAGE = 50;

export function EventTable({ model, trace }: { model: TimelineModel; trace: TraceTransfer }) {
  const [filter, setFilter] = useState<EventFilter>('findings');
  const [page, setPage] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const indices = useMemo(() => filterEvents(trace, filter), [trace, filter]);
  const total = indices ? indices.length : trace.count;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const current = Math.min(page, pages - 1);
  const rows = [];
  for (let k = current * PAGE; k < Math.min(total, (current + 1) * PAGE); k++) rows.push(eventRow(trace, model, indices ? indices[k] : k));

  const focusRow = (n: number) => (bodyRef.current?.querySelectorAll('tr')[n] as HTMLElement | undefined)?.focus();
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, n: number, time: number) => {
    if (e.key === 'ArrowDown' && n < rows.length - 1) focusRow(n + 1);
    else if (e.key === 'ArrowUp' && n > 0) focusRow(n - 1);
    else if (e.key === 'PageDown' && current < pages - 1) setPage(current + 1);
    else if (e.key === 'PageUp' && current > 0) setPage(current - 1);
    else if (e.key === 'Enter' || e.key === ' ') cursor.set(time);
    else return;
    e.preventDefault();
  };
  const pageOfCursor = () => {
    const t = cursor.get();
    if (t === null) return;
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (trace.times[indices ? indices[mid] : mid] < t) lo = mid + 1;
      else hi = mid;
    }
    setPage(Math.floor(Math.min(lo, total - 1) / PAGE));
  };

  return (
    <section className="timeline-table" aria-label="Events table">
      <div className="timeline-table-controls">
        <label>
          Show{' '}
          <select
            value={filter}
            data-testid="timeline-table-filter"
            onChange={(e) => {
              setFilter(e.target.value as EventFilter);
              setPage(0);
            }}
          >
            {Object.entries(EVENT_FILTERS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPage(Math.max(0, current - 1))} disabled={current === 0}>
          Previous
        </button>
        <span aria-live="polite">
          page {current + 1} of {pages} ({total.toLocaleString('en')} events)
        </span>
        <button type="button" onClick={() => setPage(Math.min(pages - 1, current + 1))} disabled={current >= pages - 1}>
          Next
        </button>
        <button type="button" onClick={pageOfCursor}>
          Go to cursor
        </button>
      </div>
      <table data-testid="timeline-table">
        <caption className="visually-hidden">Trace events in time order; Enter on a row moves the time cursor there</caption>
        <thead>
          <tr>
            <th scope="col">time</th>
            <th scope="col">thread</th>
            <th scope="col">event</th>
            <th scope="col">details</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {rows.map((r, n) => (
            <tr key={r.index} tabIndex={n === 0 ? 0 : -1} onKeyDown={(e) => onKey(e, n, r.time)} onClick={() => cursor.set(r.time)}>
              <td>{formatDuration(r.time)}</td>
              <td>{r.thread}</td>
              <td>{r.kind}</td>
              <td>{r.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
