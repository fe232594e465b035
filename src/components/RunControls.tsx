import { useId } from 'react';
import { useStore } from '../store';
import { isPlaybackSpeed, PLAYBACK_SPEEDS } from '../store/output-playback';
import { runCurrentCode, skipPlayback, stopRun } from '../store/run-actions';
import { isPythonModel, PYTHON_MODEL_EXPLANATIONS, PYTHON_MODELS } from '../worker/python-models';
import { ShareButton } from './ShareButton';

const MODEL_LABELS = { '3.14': '3.14 (GIL)', '3.9': '3.9 (old GIL)', '3.14t': '3.14t (no GIL)' } as const;
const SPEED_LABELS = { '1': '1× (real time)', '4': '4×', '16': '16×', instant: 'instant' } as const;

export function RunControls() {
  const running = useStore((s) => s.status === 'running');
  const playing = useStore((s) => s.status === 'playing');
  const playbackSpeed = useStore((s) => s.playbackSpeed);
  const setPlaybackSpeed = useStore((s) => s.setPlaybackSpeed);
  const model = useStore((s) => s.model);
  const seed = useStore((s) => s.seed);
  const keepSeed = useStore((s) => s.keepSeed);
  const switchInterval = useStore((s) => s.switchInterval);
  const setModel = useStore((s) => s.setModel);
  const setSeed = useStore((s) => s.setSeed);
  const newSeed = useStore((s) => s.newSeed);
  const setKeepSeed = useStore((s) => s.setKeepSeed);
  const setSwitchInterval = useStore((s) => s.setSwitchInterval);
  const id = useId();

  return (
    <div className="run-controls" role="toolbar" aria-label="Run controls">
      <div className="run-controls-row">
        <button type="button" className="button-primary" data-testid="run" onClick={() => void runCurrentCode()} disabled={running} aria-keyshortcuts="Control+Enter Meta+Enter" title="Run (Ctrl/⌘+Enter)">
          ▶ Run
        </button>
        <button type="button" data-testid="stop" onClick={stopRun} disabled={!running && !playing} title="Stop the running program">
          ■ Stop
        </button>
        {playing && (
          <button type="button" data-testid="skip" onClick={skipPlayback} title="Show the rest of the output now">
            Skip ▸▸
          </button>
        )}
        <span className="field">
          <label htmlFor={`${id}-model`}>Python</label>
          <select
            id={`${id}-model`}
            data-testid="python-model"
            value={model}
            aria-describedby={`${id}-model-help`}
            onChange={(e) => isPythonModel(e.target.value) && setModel(e.target.value)}
          >
            {PYTHON_MODELS.map((m) => (
              <option key={m} value={m}>
                {MODEL_LABELS[m]}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-seed`}>Seed</label>
          <input
            id={`${id}-seed`}
            data-testid="seed"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={seed}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isInteger(value) && value >= 0) {
                setSeed(value);
                setKeepSeed(true);
              }
            }}
          />
        </span>
        <button type="button" onClick={newSeed} title="Pick a new random seed">
          New seed
        </button>
        <label className="field field-inline">
          <input type="checkbox" checked={keepSeed} onChange={(e) => setKeepSeed(e.target.checked)} />
          <span>Keep seed</span>
        </label>
        <span className="field" title="sys.setswitchinterval: how long a thread may hold the GIL before another waiting thread asks for it">
          <label htmlFor={`${id}-interval`}>Switch (ms)</label>
          <input
            id={`${id}-interval`}
            className="input-short"
            type="number"
            min={0.001}
            step={0.5}
            value={Number((switchInterval * 1000).toFixed(3))}
            onChange={(e) => {
              const ms = Number(e.target.value);
              if (ms > 0) setSwitchInterval(ms / 1000);
            }}
          />
        </span>
        <span className="field" title="Output is replayed in virtual time: a 3-second sleep shows as 3 seconds at 1×">
          <label htmlFor={`${id}-speed`}>Replay</label>
          <select id={`${id}-speed`} data-testid="playback-speed" value={playbackSpeed} onChange={(e) => isPlaybackSpeed(e.target.value) && setPlaybackSpeed(e.target.value)}>
            {PLAYBACK_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {SPEED_LABELS[speed]}
              </option>
            ))}
          </select>
        </span>
        <ShareButton />
      </div>
      <p className="run-controls-help" id={`${id}-model-help`}>
        {PYTHON_MODEL_EXPLANATIONS[model]} {keepSeed ? 'The same seed replays the same schedule.' : 'Each run picks a new seed.'}
      </p>
    </div>
  );
}
