// <interleave-playground>: the embedded playground as a custom element, for pages served from
// the same site as Interleave (a Web Worker must come from the page's own origin; elsewhere use
// the embed.html iframe). Several elements on one page share the page's worker pool. It renders
// into a shadow root so the page's styles and Interleave's do not mix.
//
//   <interleave-playground model="3.9" seed="7">
//     print("hello")
//   </interleave-playground>
//
// Attributes as embed.html's URL parameters (lesson, example, model, seed, autorun, code, id);
// el.run({code?, model?, seed?}) runs; events "interleave:ready", "interleave:result" and
// "interleave:resize" carry the same objects as the iframe's messages in `event.detail`.
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EmbedApp, type EmbedHost } from './EmbedApp';
import { readElementParams } from './embed-params';
import type { EmbedRunCommand } from './embed-protocol';

export function definePlaygroundElement(styles: string, appUrl: string): void {
  if (customElements.get('interleave-playground')) return;

  class InterleavePlaygroundElement extends HTMLElement {
    private root: Root | null = null;
    private readonly commandHandlers = new Set<(command: EmbedRunCommand) => void>();

    connectedCallback(): void {
      if (this.root) return;
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = styles;
      const mount = document.createElement('div');
      shadow.replaceChildren(style, mount);
      const host: EmbedHost = {
        post: (event) => this.dispatchEvent(new CustomEvent(event.type, { detail: event, bubbles: true, composed: true })),
        onCommand: (run) => {
          this.commandHandlers.add(run);
          return () => this.commandHandlers.delete(run);
        },
        appUrl,
      };
      const params = readElementParams((name) => this.getAttribute(name), this.textContent ?? '');
      this.root = createRoot(mount);
      this.root.render(
        <StrictMode>
          <EmbedApp params={params} host={host} />
        </StrictMode>,
      );
    }

    disconnectedCallback(): void {
      this.root?.unmount();
      this.root = null;
    }

    /** Runs the program; `code`, `model` and `seed` replace the element's when given. */
    run(options: Omit<EmbedRunCommand, 'type'> = {}): void {
      for (const handler of this.commandHandlers) handler({ type: 'interleave:run', ...options });
    }
  }

  customElements.define('interleave-playground', InterleavePlaygroundElement);
}
