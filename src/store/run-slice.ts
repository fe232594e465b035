// Run settings (model, seed, switch interval), the run's status line and the console text.
import type { StateCreator } from 'zustand';
import { DEFAULT_PYTHON_MODEL, isPythonModel, type PythonModel } from '../worker/python-models';
import type { OutputChunk, RunEnd } from '../worker/api';
import type { AppState } from './app-state';
import type { RunSettings } from './saved-work';
import { DEFAULT_PLAYBACK_SPEED, isPlaybackSpeed, type PlaybackSpeed } from './output-playback';

export type RunStatus = 'idle' | 'running' | 'playing' | RunEnd;

export interface ConsoleEntry {
  /** stdin: what the learner typed for input(), echoed as a terminal would. */
  stream: 'stdout' | 'stderr' | 'info' | 'stdin';
  text: string;
}

/** Past this much console text the oldest output is dropped, so a print loop cannot exhaust the page. */
export const CONSOLE_LIMIT_CHARS = 200_000;
export const DEFAULT_SWITCH_INTERVAL = 0.005;

export interface RunSlice {
  model: PythonModel;
  seed: number;
  keepSeed: boolean;
  switchInterval: number;
  playbackSpeed: PlaybackSpeed;
  /** Lines given in advance to input() / sys.stdin; past them, input() asks in the console. */
  stdinText: string;
  /** The running program waits in input() for the learner's line. */
  inputWanted: boolean;
  status: RunStatus;
  statusDetail: string;
  consoleEntries: ConsoleEntry[];
  consoleDropped: number;
  /** Timings of the last run as the worker measured them. */
  lastRunTiming: { wallMs: number; firstOutputMs: number | null } | null;
  setModel: (model: PythonModel) => void;
  setSeed: (seed: number) => void;
  newSeed: () => void;
  setKeepSeed: (keep: boolean) => void;
  setSwitchInterval: (seconds: number) => void;
  setStdinText: (text: string) => void;
  setPlaybackSpeed: (speed: PlaybackSpeed) => void;
  /** During playback: where the replay is, in words for the status line. */
  playbackProgress: (detail: string) => void;
  runStarted: () => void;
  runEnded: (status: RunStatus, detail: string, timing?: { wallMs: number; firstOutputMs: number | null }) => void;
  appendOutput: (chunks: OutputChunk[]) => void;
  appendInfo: (text: string) => void;
  appendInput: (text: string) => void;
  setInputWanted: (wanted: boolean) => void;
  clearConsole: () => void;
}

export const randomSeed = () => Math.floor(Math.random() * 1_000_000);

function appendEntries(entries: ConsoleEntry[], dropped: number, more: ConsoleEntry[]) {
  const next = [...entries];
  for (const entry of more) {
    const last = next[next.length - 1];
    if (last && last.stream === entry.stream) next[next.length - 1] = { stream: last.stream, text: last.text + entry.text };
    else next.push(entry);
  }
  let total = next.reduce((n, e) => n + e.text.length, 0);
  while (total > CONSOLE_LIMIT_CHARS && next.length > 0) {
    const cut = Math.min(next[0].text.length, total - CONSOLE_LIMIT_CHARS);
    if (cut === next[0].text.length) next.shift();
    else next[0] = { ...next[0], text: next[0].text.slice(cut) };
    total -= cut;
    dropped += cut;
  }
  return { consoleEntries: next, consoleDropped: dropped };
}

export function createRunSlice(settings: RunSettings | undefined): StateCreator<AppState, [], [], RunSlice> {
  return (set) => ({
    model: isPythonModel(settings?.model) ? settings.model : DEFAULT_PYTHON_MODEL,
    seed: Number.isInteger(settings?.seed) ? settings!.seed : randomSeed(),
    keepSeed: settings?.keepSeed ?? false,
    switchInterval: settings?.switchInterval && settings.switchInterval > 0 ? settings.switchInterval : DEFAULT_SWITCH_INTERVAL,
    playbackSpeed: isPlaybackSpeed(settings?.playbackSpeed) ? settings.playbackSpeed : DEFAULT_PLAYBACK_SPEED,
    stdinText: '',
    inputWanted: false,
    status: 'idle',
    statusDetail: '',
    consoleEntries: [],
    consoleDropped: 0,
    lastRunTiming: null,
    setModel: (model) => set({ model }),
    setSeed: (seed) => set({ seed }),
    newSeed: () => set({ seed: randomSeed() }),
    setKeepSeed: (keepSeed) => set({ keepSeed }),
    setSwitchInterval: (switchInterval) => set({ switchInterval }),
    setStdinText: (stdinText) => set({ stdinText }),
    setPlaybackSpeed: (playbackSpeed) => set({ playbackSpeed }),
    playbackProgress: (statusDetail) => set({ status: 'playing', statusDetail }),
    runStarted: () => set({ status: 'running', statusDetail: '', consoleEntries: [], consoleDropped: 0, lastRunTiming: null }),
    runEnded: (status, statusDetail, timing) => set({ status, statusDetail, lastRunTiming: timing ?? null }),
    appendOutput: (chunks) => set((s) => appendEntries(s.consoleEntries, s.consoleDropped, chunks)),
    appendInfo: (text) => set((s) => appendEntries(s.consoleEntries, s.consoleDropped, [{ stream: 'info', text }])),
    appendInput: (text) => set((s) => appendEntries(s.consoleEntries, s.consoleDropped, [{ stream: 'stdin', text }])),
    setInputWanted: (inputWanted) => set({ inputWanted }),
    clearConsole: () => set({ consoleEntries: [], consoleDropped: 0 }),
  });
}
