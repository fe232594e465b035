import { useState } from 'react';
import { useStore } from '../store';
import { buildShareLink } from '../store/share-link';
import { currentCode } from '../store/work-slice';

export function ShareButton() {
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  const share = async () => {
    const s = useStore.getState();
    const result = buildShareLink(window.location.href, { lesson: s.lessonId, code: currentCode(s), model: s.model, seed: s.seed });
    if (!result.ok) {
      setLink(null);
      setMessage(result.reason);
      return;
    }
    setLink(result.url);
    try {
      await navigator.clipboard.writeText(result.url);
      setMessage('Link copied. It opens this code with the same Python model and seed.');
    } catch {
      setMessage('Copy this link: it opens this code with the same Python model and seed.');
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={share} data-testid="share">
        Share
      </button>
      {message && (
        <div className="share-popup" role="status">
          <p>{message}</p>
          {link && <input className="share-link" readOnly value={link} aria-label="Share link" data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />}
          <button type="button" onClick={() => setMessage(null)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
