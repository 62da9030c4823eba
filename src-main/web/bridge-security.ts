/**
 * Checks the browser-mode bridge makes before routing anything (SECURITY.md H-3..H-6).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, URL-safe; a new one every launch. */
export function newBridgeToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Host must name the loopback interface on our port: defeats DNS rebinding (H-3, H-6). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

/** Origin must be the bridge's own origin (H-4). Requests without one are refused. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (!origin) return false;
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(origin.toLowerCase());
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Constant-time token comparison (H-5). Both sides are hashed first, so the comparison takes the
 * same time whatever the length of the guess (a length check would short-circuit).
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('Bearer ') || token.length === 0) return false;
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(token));
}
