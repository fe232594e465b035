// Entry of interleave-element.js: defines <interleave-playground> (see
// src/components/embed/playground-element.tsx). Its styles go into each element's shadow root.
import themeCss from './components/theme.css?inline';
import playgroundCss from './components/playground.css?inline';
import embedCss from './components/embed/embed.css?inline';
import elementCss from './components/embed/element.css?inline';
import { definePlaygroundElement } from './components/embed/playground-element';

// The build puts this file next to index.html: "Open in Interleave" leads there.
definePlaygroundElement([themeCss, playgroundCss, embedCss, elementCss].join('\n'), new URL(/* @vite-ignore */ './', import.meta.url).href);
