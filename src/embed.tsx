// Entry of embed.html: the lean page instructors put in an iframe (see README, "Embedding").
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './components/embed/EmbedApp';
import { readEmbedParams } from './components/embed/embed-params';
import { iframeHost } from './components/embed/embed-protocol';
import './components/theme.css';
import './components/playground.css';
import './components/embed/embed.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp params={readEmbedParams(window.location.search)} host={iframeHost} />
  </StrictMode>,
);
