// Colours and patterns. States use the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies) and each also has a pattern and a short label, so nothing relies
// on colour alone.
import { ThreadState } from '../trace/event-kinds';

export type PatternName = 'solid' | 'diagonal' | 'cross' | 'dots' | 'vertical';

export interface StateStyle {
  name: string;
  short: string;
  color: string;
  pattern: PatternName;
}

export const STATE_STYLES: Record<number, StateStyle> = {
  [ThreadState.RUNNING]: { name: 'running', short: 'run', color: '#009E73', pattern: 'solid' },
  [ThreadState.WAITING_GIL]: { name: 'waiting for the GIL', short: 'GIL?', color: '#E69F00', pattern: 'diagonal' },
  [ThreadState.WAITING_CORE]: { name: 'waiting for a core', short: 'core?', color: '#F0E442', pattern: 'diagonal' },
  [ThreadState.BLOCKED]: { name: 'blocked', short: 'wait', color: '#D55E00', pattern: 'cross' },
  [ThreadState.SLEEPING]: { name: 'sleeping', short: 'sleep', color: '#56B4E9', pattern: 'dots' },
  [ThreadState.IO]: { name: 'in I/O', short: 'I/O', color: '#0072B2', pattern: 'vertical' },
};

export const stateStyle = (state: number): StateStyle => STATE_STYLES[state] ?? { name: 'unknown', short: '?', color: '#999999', pattern: 'solid' };

/** Per-thread colours (GIL holder, lock owner, editor line markers); each thread also gets its
 * number written beside the colour. */
export const THREAD_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D31', '#7F7F7F'];
export const threadColor = (thread: number): string => THREAD_COLORS[thread % THREAD_COLORS.length];

export const MARK_COLORS = {
  lost: '#C00000',
  race: '#8E44AD',
  deadlock: '#C00000',
  exception: '#222222',
  output: '#6E7781',
  flow: '#555555',
  cursor: '#E36209',
  selection: '#0969DA',
};

export interface Theme {
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  gutter: string;
  laneAlt: string;
}

export const LIGHT: Theme = { bg: '#ffffff', fg: '#1f2328', muted: '#57606a', grid: '#e4e7eb', gutter: '#f4f5f7', laneAlt: '#fafbfc' };
export const DARK: Theme = { bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', grid: '#262c34', gutter: '#161b22', laneAlt: '#11161d' };

/** A small tile with the pattern drawn in translucent black over the state colour. */
export function makePatternTile(doc: Document, color: string, pattern: PatternName): HTMLCanvasElement {
  const c = doc.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d')!;
  g.fillStyle = color;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = 'rgba(0,0,0,0.45)';
  g.fillStyle = 'rgba(0,0,0,0.45)';
  g.lineWidth = 1.2;
  g.beginPath();
  switch (pattern) {
    case 'diagonal':
      g.moveTo(0, 8);
      g.lineTo(8, 0);
      g.moveTo(-2, 2);
      g.lineTo(2, -2);
      g.moveTo(6, 10);
      g.lineTo(10, 6);
      g.stroke();
      break;
    case 'cross':
      g.moveTo(0, 0);
      g.lineTo(8, 8);
      g.moveTo(8, 0);
      g.lineTo(0, 8);
      g.stroke();
      break;
    case 'dots':
      g.arc(4, 4, 1.3, 0, Math.PI * 2);
      g.fill();
      break;
    case 'vertical':
      g.moveTo(4, 0);
      g.lineTo(4, 8);
      g.stroke();
      break;
    case 'solid':
      break;
  }
  return c;
}
