// The Python execution models a run can use (DESIGN.md §2.2), as the page offers them: the
// type comes from the scheduler; the list, default and explanations are the UI's.

import type { PythonModel } from '../scheduler/cost';

export type { PythonModel };
/** In the order the picker shows them; `satisfies` keeps the list in step with the scheduler. */
export const PYTHON_MODELS = ['3.14', '3.9', '3.14t'] as const satisfies readonly PythonModel[];
export const DEFAULT_PYTHON_MODEL: PythonModel = '3.14';

/** One line each, shown next to the model picker. */
export const PYTHON_MODEL_EXPLANATIONS: Record<PythonModel, string> = {
  '3.14': 'Modern GIL (3.10+): one thread runs bytecode at a time; switches only at loop back-edges and calls.',
  '3.9': 'Old GIL checks: a switch can happen between almost any two bytecodes, so x += 1 can be split in two.',
  '3.14t': 'Free-threaded (no GIL): threads run truly in parallel on several cores.',
};

export function isPythonModel(value: unknown): value is PythonModel {
  return typeof value === 'string' && (PYTHON_MODELS as readonly string[]).includes(value);
}
