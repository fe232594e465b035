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
