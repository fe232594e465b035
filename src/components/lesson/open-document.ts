// Opening a lesson document in the editor also applies the model/seed its author pinned.
import { useStore } from '../../store';
import type { PythonModel } from '../../worker/python-models';

export function openDocument(docId: string, pinned: { model?: PythonModel; seed?: number }) {
  const store = useStore.getState();
  store.openDoc(docId);
  if (pinned.model) store.setModel(pinned.model);
  if (pinned.seed !== undefined) {
    store.setSeed(pinned.seed);
    store.setKeepSeed(true);
  }
}
