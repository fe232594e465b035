import { useCallback, useRef } from 'react';

interface SplitterProps {
  /** Accessible name, e.g. "Resize lesson and playground". */
  label: string;
  orientation: 'vertical' | 'horizontal';
  /** Current size in pixels of the pane before the splitter. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}

/** A draggable, keyboard-operable separator (ARIA window splitter pattern). */
export function Splitter({ label, orientation, value, min, max, onChange }: SplitterProps) {
  const drag = useRef<{ start: number; value: number } | null>(null);
  const clamp = useCallback((v: number) => Math.round(Math.min(max, Math.max(min, v))), [min, max]);
  const axis = (e: { clientX: number; clientY: number }) => (orientation === 'vertical' ? e.clientX : e.clientY);

  return (
    <div
      className={`splitter splitter-${orientation}`}
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        drag.current = { start: axis(e), value };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current) onChange(clamp(drag.current.value + axis(e) - drag.current.start));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 64 : 16;
        const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
        const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
        if (e.key === back) onChange(clamp(value - step));
        else if (e.key === forward) onChange(clamp(value + step));
        else if (e.key === 'Home') onChange(min);
        else if (e.key === 'End') onChange(max);
        else return;
        e.preventDefault();
      }}
    />
  );
}
