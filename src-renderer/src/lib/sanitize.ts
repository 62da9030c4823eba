/**
 * THE sanitizer for untrusted HTML (SECURITY.md E-14). Job descriptions arrive already cleaned by
 * main, but the renderer never trusts that: everything goes through DOMPurify again here, with an
 * allowlist of harmless formatting tags, no styles, no scripts, no frames, no forms, no images
 * (remote images would be tracking pixels), and links limited to http(s) and mailto.
 *
 * The result is a branded `SafeHtml` string: `components/SanitizedHtml.tsx`, the one place in the
 * app that may set innerHTML, only accepts that type, so raw strings cannot reach it.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

declare const safeHtmlBrand: unique symbol;
export type SafeHtml = string & { readonly [safeHtmlBrand]: true };

export const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'div',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'a',
] as const;

const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'start'];

/** Links people may follow from a posting; everything else (javascript:, data:, file:, relative) is dropped. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Belt and braces: these are outside the allowlist anyway.
  FORBID_TAGS: [
    'script',
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'svg',
    'math',
    'img',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'src', 'srcset', 'action', 'formaction', 'target'],
  KEEP_CONTENT: true,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: DOMPurify | null = null;

function instance(): DOMPurify {
  if (purifier) return purifier;
  // A private instance, so the link hook below never affects any other DOMPurify user.
  const created = createDOMPurify(window);
  created.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (href && SAFE_URL.test(href.trim())) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  });
  purifier = created;
  return created;
}

/** Sanitizes untrusted HTML for display. Returns an empty string when the sanitizer cannot run. */
export function sanitizeHtml(dirty: string): SafeHtml {
  const dom = instance();
  if (!dom.isSupported) return '' as SafeHtml;
  return dom.sanitize(dirty, CONFIG) as unknown as SafeHtml;
}

/** The URL a clicked posting link may be handed to the OS with, or null. */
export function safeLinkUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  return SAFE_URL.test(trimmed) ? trimmed : null;
}
