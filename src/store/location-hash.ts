// The page location lives in the URL hash so the static build works from any host and path:
//   #lesson=threads-101                         plain navigation
//   #lesson=…&model=3.9&seed=7&code=<lz-string>  a share link (code compressed, see share-link.ts)

export interface HashState {
  lesson?: string;
  model?: string;
  seed?: string;
  code?: string;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: HashState = {};
  for (const key of ['lesson', 'model', 'seed', 'code'] as const) {
    const value = params.get(key);
    if (value !== null && value !== '') state[key] = value;
  }
  return state;
}

export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  for (const key of ['lesson', 'model', 'seed', 'code'] as const) {
    const value = state[key];
    if (value !== undefined) params.set(key, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}
