/**
 * Renders HTML that `lib/sanitize.ts` has cleaned. The only `dangerouslySetInnerHTML` in the app
 * (SECURITY.md E-14): it accepts the branded `SafeHtml` type only, and link clicks never navigate
 * the window: they go to the OS browser through `app:openExternal`.
 */
import type { MouseEvent } from 'react';
import { safeLinkUrl, type SafeHtml } from '../lib/sanitize';

export function SanitizedHtml({ html, onOpenLink, className }: { html: SafeHtml; onOpenLink: (url: string) => void; className?: string }) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a');
    if (!link) return;
    event.preventDefault();
    const url = safeLinkUrl(link.getAttribute('href'));
    if (url) onOpenLink(url);
  };
  return (
    // Enter on a focused link fires a click too, so keyboard users go through the same path.
    <div
      className={className}
      onClick={onClick}
      // SECURITY.md E-14: `html` can only come from sanitizeHtml (branded type); this is the app's single HTML sink.
      // eslint-disable-next-line no-restricted-syntax
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
