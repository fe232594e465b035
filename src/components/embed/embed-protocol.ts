// The postMessage API between an embed page and the page around it. Every message has a
// `type` starting with "interleave:" and the embed's `id` (from its URL), so a page with several
// embeds can tell them apart.
//   embed → parent: ready {id} · result {id, status, exitCode, stdout, stderr, virtualSeconds}
//                   resize {id, height}  (the embed's content height in CSS px: set the iframe's)
//   parent → embed: run {code?, model?, seed?}  (replaces the code when given, then runs)
import { isPythonModel, type PythonModel } from '../../worker/python-models';
import type { RunEnd } from '../../worker/api';

export type EmbedEvent =
  | { type: 'interleave:ready'; id: string }
  | { type: 'interleave:result'; id: string; status: RunEnd; exitCode: number; stdout: string; stderr: string; virtualSeconds: number | null }
  | { type: 'interleave:resize'; id: string; height: number };

export interface EmbedRunCommand {
  type: 'interleave:run';
  code?: string;
  model?: PythonModel;
  seed?: number;
}

/** A run command from the parent, or null for anything else (other scripts post messages too). */
export function parseEmbedCommand(data: unknown): EmbedRunCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'interleave:run') return null;
  const command: EmbedRunCommand = { type: 'interleave:run' };
  if (typeof m.code === 'string') command.code = m.code;
  if (isPythonModel(m.model)) command.model = m.model;
  if (typeof m.seed === 'number' && Number.isInteger(m.seed) && m.seed >= 0) command.seed = m.seed;
  return command;
}

/** Posts to the page around the embed (any origin: the embed is meant to be hosted anywhere). */
export function postToParent(event: EmbedEvent): void {
  if (window.parent !== window) window.parent.postMessage(event, '*');
}

/** The iframe's host: the parent window, through postMessage. */
export const iframeHost = {
  post: postToParent,
  onCommand(run: (command: EmbedRunCommand) => void): () => void {
    const onMessage = (e: MessageEvent) => {
      const command = parseEmbedCommand(e.data);
      if (command) run(command);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  },
  appUrl: './',
};
