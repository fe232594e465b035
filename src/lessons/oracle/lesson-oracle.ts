// The shape of lessons/NN-slug/expected.json, written by record-lesson-outputs.ts.
export interface RecordedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface LessonOracle {
  /** CPython version that produced the outputs. */
  python: string;
  examples: Record<string, RecordedRun>;
  exercises: Record<string, { starter: RecordedRun; solution: RecordedRun }>;
}
