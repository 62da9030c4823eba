/**
 * Content Security Policy for the renderer (SECURITY.md E-8). The same policy is in
 * src-renderer/index.html as a meta tag (for file: loads) and sent as a header by the dev server
 * and the browser-mode bridge; a test keeps the three in step.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
