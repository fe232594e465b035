// The run in numbers beside the picture, and the legend (colour, pattern and label per state).
import { memo } from 'react';
import type { TimelineModel } from '../../timeline/model';
import { summarize } from '../../timeline/summary';
import { formatDuration } from '../../timeline/time-scale';
import { LEGEND } from '../../timeline/timeline-view';
import { MARK_COLORS } from '../../timeline/palette';
import { shownLanes } from '../../timeline/tracks';

const pct = (f: number) => `${(f * 100).toFixed(f > 0 && f < 0.01 ? 1 : 0)}%`;

export function Legend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      {LEGEND.map((s) => (
        <li key={s.code}>
          <span className={`timeline-swatch timeline-swatch-${s.pattern}`} style={{ background: s.color }} aria-hidden="true" />
          {s.name} <small>({s.short})</small>
        </li>
      ))}
      <li>
        <span className="timeline-glyph" style={{ color: MARK_COLORS.lost }} aria-hidden="true">
          ▼
        </span>
        lost update
      </li>
      <li>
        <span className="timeline-glyph" style={{ color: MARK_COLORS.race }} aria-hidden="true">
          ◆
        </span>
        data race
      </li>
      <li>
        <span className="timeline-glyph" style={{ color: MARK_COLORS.deadlock }} aria-hidden="true">
          ✕
        </span>
        deadlock
      </li>
      <li>
        <span className="timeline-glyph" aria-hidden="true">
          ⤳
        </span>
        hand-off (release → acquire, set → wait, put → get, notify, start, join)
      </li>
    </ul>
  );
}

export const TimelineSummary = memo(function TimelineSummary({ model }: { model: TimelineModel }) {
  const s = summarize(model);
  const shown = shownLanes(model);
  return (
    <section className="timeline-summary" data-testid="timeline-summary" aria-label="Run summary">
      <p className="timeline-findings">
        <strong data-testid="timeline-lost-updates">{s.lostUpdates} lost updates</strong> · {s.races} data races that lost nothing ·{' '}
        {s.deadlock ? <strong>deadlock</strong> : 'no deadlock'} · {s.exceptions} exceptions · {s.events.toLocaleString('en')} events over{' '}
        {formatDuration(s.durationNs)} virtual
        {s.dropped > 0 && ` · ${s.dropped.toLocaleString('en')} events not recorded (trace cap)`}
        {shown.hiddenThreads > 0 && ` · ${shown.hiddenThreads} more threads not drawn (the table lists their events)`}
        {shown.hiddenObjects > 0 && ` · ${shown.hiddenObjects} quieter objects not drawn`}
      </p>
      <table>
        <caption>Where each thread's time went</caption>
        <thead>
          <tr>
            <th scope="col">thread</th>
            <th scope="col">running</th>
            <th scope="col">waiting for GIL/core</th>
            <th scope="col">blocked</th>
            <th scope="col">sleeping / I/O</th>
          </tr>
        </thead>
        <tbody>
          {s.threads.map((t) => (
            <tr key={t.thread}>
              <th scope="row">{t.name}</th>
              <td>{pct(t.running)}</td>
              <td>{pct(t.waitingGil)}</td>
              <td>{pct(t.blocked)}</td>
              <td>{pct(t.sleeping)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.objects.length > 0 && (
        <table>
          <caption>Locks and other synchronisation objects</caption>
          <thead>
            <tr>
              <th scope="col">object</th>
              <th scope="col">acquired / used</th>
              <th scope="col">had to wait</th>
              <th scope="col">total wait</th>
            </tr>
          </thead>
          <tbody>
            {s.objects.map((o) => (
              <tr key={o.name}>
                <th scope="row">
                  {o.name} <small>({o.kind})</small>
                </th>
                <td>{o.acquisitions}</td>
                <td>{o.contention}</td>
                <td>{formatDuration(o.totalWaitNs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});
