/**
 * Which host names point at this computer or a private network, judged from the URL alone (no DNS
 * lookup). WHATWG URL parsing already normalises the odd IPv4 spellings (`2130706433`, `0x7f.1`,
 * `127.1`) to dotted form, so `url.hostname` is what this checks.
 *
 * Used to refuse a redirect that moves a request from one host to a loopback, private, link-local
 * (cloud metadata, 169.254.169.254) or unspecified address: a page on the internet must not be able
 * to steer the app into fetching from services on the person's machine or network.
 */

function ipv4Private(a: number, b: number): boolean {
  return (
    a === 0 || // "this network", 0.0.0.0 reaches loopback on Linux
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast and reserved
  );
}

function parseIpv4(host: string): [number, number] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return [parts[0]!, parts[1]!];
}

/** True for loopback, private, link-local, CGNAT, unspecified and multicast addresses and `localhost` names. */
export function isPrivateHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = parseIpv4(host);
  if (v4) return ipv4Private(v4[0], v4[1]);
  if (!host.startsWith('[') || !host.endsWith(']')) return false;
  const v6 = host.slice(1, -1);
  if (v6 === '::' || v6 === '::1') return true;
  // IPv4-mapped (::ffff:a.b.c.d, which URL serialises as ::ffff:xxxx:xxxx).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    return ipv4Private(high >> 8, high & 0xff);
  }
  const dotted = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v6);
  if (dotted) return isPrivateHostname(dotted[1]!);
  const first = parseInt(v6.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** The same test for an address as `dns.lookup` returns it (IPv6 without brackets). */
export function isPrivateAddress(address: string): boolean {
  return isPrivateHostname(address.includes(':') ? `[${address}]` : address);
}

/** True when the host name is an IP literal (so there is nothing to resolve). */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}
