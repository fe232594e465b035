import type { MouseEvent } from 'react';
import { savedWorkIsReadOnly } from '../store';

// Skip links move focus without touching the URL hash, which holds the open lesson.
function focusTarget(id: string) {
  return (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };
}

export function AppHeader() {
  return (
    <header className="app-header">
      <a className="skip-link" href="#lesson-text" onClick={focusTarget('lesson-text')}>
        Skip to the lesson
      </a>
      <a className="skip-link" href="#playground" onClick={focusTarget('playground')}>
        Skip to the code editor
      </a>
      <h1 className="app-title">
        <span aria-hidden="true" className="app-logo" />
        Interleave
      </h1>
      <p className="app-tagline">See what Python threads really do.</p>
      {savedWorkIsReadOnly && (
        <p className="app-warning" role="alert">
          Your work is not being saved in this browser (storage is unavailable or holds data from a newer Interleave).
        </p>
      )}
    </header>
  );
}
