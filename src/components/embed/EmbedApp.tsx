// The lean embedded playground: one program, Run/Stop, the Python model and a console — no
// lessons, no Monaco (a plain editor keeps it light). It lives in embed.html (an iframe, driven
// by its URL and postMessage) or in the <interleave-playground> element; `host` is how it talks
// to whichever page it is part of. It reports its height so an iframe can be sized to fit.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { compressToEncodedURIComponent } from 'lz-string';
import { RuntimeClient } from '../../worker/client';
import type { OutputChunk, RunOutcome } from '../../worker/api';
import { DEFAULT_PYTHON_MODEL, PYTHON_MODEL_EXPLANATIONS, PYTHON_MODELS, type PythonModel } from '../../worker/python-models';
import type { ConsoleEntry } from '../../store/run-slice';
import type { EmbedEvent, EmbedRunCommand } from './embed-protocol';
import type { EmbedParams } from './embed-params';

const FILENAME = 'main.py';
const SWITCH_INTERVAL = 0.005;

function statusOf(outcome: RunOutcome): string {
  const took = outcome.virtualSeconds === null ? '' : ` in ${outcome.virtualSeconds.toFixed(2)} s virtual`;
  switch (outcome.status) {
    case 'finished':
      return outcome.exitCode === 0 ? `finished${took}` : `finished with exit code ${outcome.exitCode}`;
    case 'error':
      return `error (uncaught exception)${took}`;
    case 'deadlock':
      return 'deadlock: no thread can continue';
    case 'limit':
      return 'stopped by a limit';
    case 'internal-error':
      return 'Interleave hit an internal error';
    case 'stopped':
      return 'stopped';
  }
}

function appendChunks(entries: ConsoleEntry[], more: ConsoleEntry[]): ConsoleEntry[] {
  const next = [...entries];
  for (const entry of more) {
    const last = next[next.length - 1];
    if (last && last.stream === entry.stream) next[next.length - 1] = { stream: last.stream, text: last.text + entry.text };
    else next.push(entry);
  }
  return next;
}

/** The page around the playground: where its events go and where run commands come from. */
export interface EmbedHost {
  post(event: EmbedEvent): void;
  /** Calls `run` for each command; returns the unsubscribe function. */
  onCommand(run: (command: EmbedRunCommand) => void): () => void;
  /** Where "Open in Interleave" leads (the app's index.html). */
  appUrl: string;
}

export function EmbedApp({ params, host }: { params: EmbedParams; host: EmbedHost }) {
  const [code, setCode] = useState(params.code);
  const [model, setModel] = useState<PythonModel>(params.model ?? DEFAULT_PYTHON_MODEL);
  const [entries, setEntries] = useState<ConsoleEntry[]>(params.problem ? [{ stream: 'info', text: `${params.problem}\n` }] : []);
  const [status, setStatus] = useState('ready');
  const [running, setRunning] = useState(false);
  const [inputWanted, setInputWanted] = useState(false);
  const [line, setLine] = useState('');
  const client = useMemo(() => new RuntimeClient(), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ code, model });
  latest.current = { code, model };
  const id = useId();

  const run = useCallback(
    async (command?: EmbedRunCommand) => {
      if (client.running) return;
      const program = command?.code ?? latest.current.code;
      const runModel = command?.model ?? latest.current.model;
      if (command?.code !== undefined) setCode(command.code);
      if (command?.model) setModel(command.model);
      setEntries([]);
      setStatus('running…');
      setRunning(true);
      const seed = command?.seed ?? params.seed ?? Math.floor(Math.random() * 1_000_000);
      try {
        const outcome = await client.run(
          { code: program, filename: FILENAME, model: runModel, seed, switchInterval: SWITCH_INTERVAL },
          {
            output: (chunks: OutputChunk[]) => setEntries((e) => appendChunks(e, chunks)),
            inputWanted: () => setInputWanted(true),
          },
        );
        setStatus(statusOf(outcome));
        host.post({
          type: 'interleave:result',
          id: params.id,
          status: outcome.status,
          exitCode: outcome.exitCode,
          stdout: outcome.stdout,
          stderr: outcome.stderr,
          virtualSeconds: outcome.virtualSeconds,
        });
      } catch (err) {
        setEntries((e) => appendChunks(e, [{ stream: 'info', text: `InternalError: the runtime worker failed (${err instanceof Error ? err.message : String(err)})\n` }]));
        setStatus('Interleave hit an internal error');
      } finally {
        setRunning(false);
        setInputWanted(false);
      }
    },
    [client, host, params.id, params.seed],
  );

  const answer = (text: string | null) => {
    setEntries((e) => appendChunks(e, [{ stream: 'stdin', text: text === null ? '^D\n' : `${text}\n` }]));
    setInputWanted(false);
    setLine('');
    client.answerInput(text);
  };

  useEffect(() => {
    const unsubscribe = host.onCommand((command) => void run(command));
    host.post({ type: 'interleave:ready', id: params.id });
    if (params.autorun && !params.problem) void run();
    return unsubscribe;
    // Once per page: the URL does not change under an embed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height !== last) host.post({ type: 'interleave:resize', id: params.id, height: (last = height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [host, params.id]);

  const openUrl = `${host.appUrl}#${new URLSearchParams({ ...(params.lesson ? { lesson: params.lesson } : {}), model, code: compressToEncodedURIComponent(code) }).toString()}`;
  const lines = Math.min(24, Math.max(4, code.split('\n').length + 1));

  return (
    // A course page may hold many embeds: each loads its runtime worker only when the learner
    // comes near it (or a run is asked for), not all of them at page load.
    <div className="embed" ref={rootRef} data-testid="embed" onPointerEnter={() => client.warmUp()} onFocus={() => client.warmUp()}>
      <div className="embed-toolbar">
        <button type="button" className="button-primary" data-testid="run" onClick={() => void run()} disabled={running} title="Run (Ctrl/⌘+Enter)">
          ▶ Run
        </button>
        <button type="button" data-testid="stop" onClick={() => client.stop()} disabled={!running}>
          ■ Stop
        </button>
        <label htmlFor={`${id}-model`}>Python</label>
        <select id={`${id}-model`} data-testid="python-model" value={model} onChange={(e) => setModel(e.target.value as PythonModel)} title={PYTHON_MODEL_EXPLANATIONS[model]}>
          {PYTHON_MODELS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <span className="embed-status" data-testid="status" role="status">
          {inputWanted ? 'waiting for input()' : status}
        </span>
        <a className="embed-open" href={openUrl} target="_blank" rel="noopener">
          Open in Interleave
        </a>
      </div>
      <textarea
        className="embed-code"
        data-testid="editor"
        aria-label="Python code"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={lines}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            void run();
          }
        }}
      />
      <pre className="embed-console console-output" data-testid="console" role="log" aria-live="polite" aria-label="Output">
        {entries.map((entry, i) => (
          <span key={i} className={`console-${entry.stream}`}>
            {entry.text}
          </span>
        ))}
        {inputWanted && (
          <input
            className="console-input"
            data-testid="console-input"
            aria-label="Input for the program (Enter sends the line, Ctrl+D ends input)"
            autoFocus
            value={line}
            onChange={(e) => setLine(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                answer(line);
              } else if (e.key.toLowerCase() === 'd' && e.ctrlKey && line === '') {
                e.preventDefault();
                answer(null);
              }
            }}
          />
        )}
      </pre>
    </div>
  );
}
