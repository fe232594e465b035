import { useState } from 'react';
import { AppHeader } from './components/AppHeader';
import { LessonNav } from './components/LessonNav';
import { LessonPane } from './components/LessonPane';
import { Splitter } from './components/Splitter';
import { WorkArea } from './components/WorkArea';
import { useHashSync } from './components/use-hash-sync';

export function App() {
  useHashSync();
  const [lessonWidth, setLessonWidth] = useState(() => Math.round(Math.min(600, window.innerWidth * 0.34)));
  return (
    <div className="app" style={{ '--lesson-width': `${lessonWidth}px` } as React.CSSProperties}>
      <AppHeader />
      <div className="app-body">
        <LessonNav />
        <LessonPane />
        <Splitter label="Resize lesson and playground" orientation="vertical" value={lessonWidth} min={260} max={Math.max(300, window.innerWidth - 560)} onChange={setLessonWidth} />
        <WorkArea />
      </div>
    </div>
  );
}
