// Lets other parts of the page (clickable traceback lines) move the editor's cursor without
// going through React state: whichever editor is mounted registers itself here.
export interface EditorTarget {
  revealLine(line: number): void;
}

let current: EditorTarget | null = null;

export function registerEditorTarget(target: EditorTarget | null): void {
  current = target;
}

export function revealEditorLine(line: number): void {
  current?.revealLine(line);
}

/** Each thread's current line while the timeline's cursor is scrubbed (thread colours). */
export interface ThreadLineMarker {
  line: number;
  /** index into the timeline's thread colours (.interleave-thread-line-N classes) */
  colorIndex: number;
  /** "T1", or "T1 T3" when several threads are on the line */
  label: string;
}

export interface ThreadLineTarget {
  setThreadLines(markers: ThreadLineMarker[]): void;
}

let threadLines: ThreadLineTarget | null = null;

export function registerThreadLineTarget(target: ThreadLineTarget | null): void {
  threadLines = target;
}

/** Shows the markers in whichever editor is mounted (an empty list clears them). */
export function showThreadLines(markers: ThreadLineMarker[]): void {
  threadLines?.setThreadLines(markers);
}
