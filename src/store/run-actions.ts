// Run, stop, playback and exercise checks: the glue between the store and the runtime worker.
import { exerciseProgram, judgeExercise } from '../lessons/exercise-program';
import type { ExerciseBlock } from '../lessons/lesson-blocks';
import { exerciseDocId } from '../lessons/lesson-documents';
import type { OutputChunk, RunOutcome } from '../worker/api';
import { runtimeClient } from '../worker/client';
import { useStore } from '.';
import { completeTimedOutput, effectiveSpeed, OutputPlayback } from './output-playback';
import { setTrace } from './trace-store';
import type { RunStatus } from './run-slice';
import { randomSeed } from './run-slice';
import { currentCode } from './work-slice';

/** The name programs run under; tracebacks say `File "main.py", line N`. */
export const PROGRAM_FILENAME = 'main.py';

function describe(outcome: RunOutcome): { status: RunStatus; detail: string } {
  const wall = outcome.wallMs < 1000 ? `${Math.round(outcome.wallMs)} ms` : `${(outcome.wallMs / 1000).toFixed(2)} s`;
  // Virtual time is what the program would have taken on CPython; the wall time is ours.
  const took = outcome.virtualSeconds === null ? wall : `${outcome.virtualSeconds.toFixed(2)} s virtual (${wall} to simulate)`;
  switch (outcome.status) {
    case 'finished':
      return { status: 'finished', detail: outcome.exitCode === 0 ? `finished in ${took}` : `finished with exit code ${outcome.exitCode}` };
    case 'error':
      return { status: 'error', detail: `error (uncaught exception) after ${took}` };
    case 'deadlock':
      return { status: 'deadlock', detail: 'deadlock: no thread can continue (see the console)' };
    case 'limit':
      return { status: 'limit', detail: 'stopped by a limit (see the console)' };
    case 'internal-error':
      return { status: 'internal-error', detail: 'Interleave hit an internal error (see the console)' };
    case 'stopped':
      return { status: 'stopped', detail: 'stopped' };
  }
}

let playback: OutputPlayback | null = null;

/** Shows the rest of the output being replayed at once. */
export function skipPlayback(): void {
  playback?.skip();
}

function finishRun(outcome: RunOutcome) {
  const store = useStore.getState();
  if (outcome.truncated) store.appendInfo('[output truncated: the program printed too much]\n');
  const { status, detail } = describe(outcome);
  const timing = outcome.status === 'stopped' ? undefined : { wallMs: outcome.wallMs, firstOutputMs: outcome.firstOutputMs };
  store.runEnded(status, detail, timing);
}

/** Replays the output in virtual time; false if it cannot be replayed (then show it as it came). */
function replay(outcome: RunOutcome, speed: number): boolean {
  if (outcome.status === 'stopped' || outcome.timedOutput === null || outcome.virtualSeconds === null) return false;
  const timed = completeTimedOutput(outcome.timedOutput, outcome.stdout, outcome.stderr, outcome.virtualSeconds);
  if (!timed) return false;
  const total = outcome.virtualSeconds;
  const actual = effectiveSpeed(speed, total);
  const label = actual === 1 ? 'real time' : `${actual.toFixed(actual < 10 ? 1 : 0)}× speed`;
  playback = new OutputPlayback(timed, total, actual, {
    output: (chunks) => useStore.getState().appendOutput(chunks),
    progress: (now) => useStore.getState().playbackProgress(`replaying ${now.toFixed(1)} of ${total.toFixed(1)} s virtual (${label})`),
    done: () => {
      playback = null;
      finishRun(outcome);
    },
  });
  playback.start();
  return true;
}

async function execute(code: string, options: { instant?: boolean } = {}): Promise<RunOutcome | null> {
  const client = runtimeClient();
  const store = useStore.getState();
  if (client.running) return null;
  playback?.cancel();
  playback = null;
  let seed = store.seed;
  if (!store.keepSeed) {
    seed = randomSeed();
    store.setSeed(seed);
  }
  const speed = options.instant || store.playbackSpeed === 'instant' ? null : Number(store.playbackSpeed);
  // Live output goes straight to the console when there is no replay; it is also kept, in
  // order, as the fallback when a replay is not possible.
  const streamed: OutputChunk[] = [];
  // A program that asks for input() talks with the learner: from then on its output is live.
  let live = speed === null;
  store.runStarted();
  try {
    const outcome = await client.run(
      { code, filename: PROGRAM_FILENAME, model: store.model, seed, switchInterval: store.switchInterval, stdin: store.stdinText },
      {
        output: (chunks) => {
          if (live) useStore.getState().appendOutput(chunks);
          else streamed.push(...chunks);
        },
        inputWanted: () => {
          if (!live) useStore.getState().appendOutput(streamed.splice(0));
          live = true;
          useStore.getState().setInputWanted(true);
        },
      },
    );
    useStore.getState().setInputWanted(false);
    // The timeline gets the run's trace; while the output replays, its cursor follows along.
    setTrace(outcome.trace ?? null, speed !== null && !live && outcome.virtualSeconds !== null ? effectiveSpeed(speed, outcome.virtualSeconds) : null);
    if (speed !== null && (live || !replay(outcome, speed))) {
      useStore.getState().appendOutput(streamed);
      finishRun(outcome);
    } else if (speed === null) {
      finishRun(outcome);
    }
    return outcome;
  } catch (err) {
    useStore.getState().setInputWanted(false);
    useStore.getState().appendInfo(`InternalError: the runtime worker failed (${err instanceof Error ? err.message : String(err)})\n`);
    useStore.getState().runEnded('internal-error', 'Interleave hit an internal error');
    return null;
  }
}

export function runCurrentCode(): Promise<RunOutcome | null> {
  return execute(currentCode(useStore.getState()));
}

/** Runs the learner's code of this exercise (whatever the editor shows) followed by its check. */
export async function checkExercise(exercise: ExerciseBlock): Promise<boolean | null> {
  const state = useStore.getState();
  const code = state.lessonsWork[state.lessonId]?.code[exerciseDocId(exercise.id)] ?? exercise.starter;
  // A check wants its verdict now, not a replay.
  const outcome = await execute(exerciseProgram(code, exercise), { instant: true });
  if (!outcome || outcome.status === 'stopped') return null;
  const verdict = judgeExercise(exercise, outcome);
  useStore.getState().recordExercise(exercise.id, verdict.passed);
  useStore.getState().appendInfo(verdict.passed ? '✔ Check passed.\n' : `✘ Check failed: ${verdict.reason}\n`);
  return verdict.passed;
}

/** Sends the learner's line to the program waiting in input() (null: end of input, Ctrl+D). */
export function answerInput(line: string | null): void {
  const store = useStore.getState();
  if (!store.inputWanted) return;
  store.appendInput(line === null ? '^D\n' : `${line}\n`);
  store.setInputWanted(false);
  runtimeClient().answerInput(line);
}

/** Stop ends a running program; during a replay it shows the rest at once. */
export function stopRun(): void {
  if (playback) skipPlayback();
  else runtimeClient().stop();
}
