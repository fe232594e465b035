// Share links carry code (lz-string compressed, like the TypeScript Playground), model, seed
// and lesson in the hash. Browsers and chat apps mangle very long URLs, so there is a cap.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isPythonModel, type PythonModel } from '../worker/python-models';
import { formatHash, type HashState } from './location-hash';

/** Conservative: fits every browser, most chat apps and URL shorteners. */
export const MAX_SHARE_URL_LENGTH = 8000;

export interface SharedRun {
  lesson: string;
  code: string;
  model: PythonModel;
  seed: number;
}

export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: string };

export function buildShareLink(baseUrl: string, run: SharedRun): ShareLinkResult {
  const hash = formatHash({ lesson: run.lesson, model: run.model, seed: String(run.seed), code: compressToEncodedURIComponent(run.code) });
  const url = `${baseUrl.replace(/#.*$/, '')}${hash}`;
  if (url.length > MAX_SHARE_URL_LENGTH) {
    return {
      ok: false,
      reason: `This code is too long for a link (${url.length} characters, the limit is ${MAX_SHARE_URL_LENGTH}). Copy the code itself instead.`,
    };
  }
  return { ok: true, url };
}

/** What a share link asks for; fields that are missing or invalid are left out. */
export function readSharedRun(state: HashState): Partial<SharedRun> & { codeUnreadable?: boolean } {
  const out: Partial<SharedRun> & { codeUnreadable?: boolean } = {};
  if (state.lesson) out.lesson = state.lesson;
  if (isPythonModel(state.model)) out.model = state.model;
  if (state.seed && /^\d+$/.test(state.seed)) out.seed = Number(state.seed);
  if (state.code) {
    const code = decompressFromEncodedURIComponent(state.code);
    if (code === null || code === '') out.codeUnreadable = true;
    else out.code = code;
  }
  return out;
}
