import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, NetworkError } from '../../src-main/adapters/http';
import { isPrivateAddress, isPrivateHostname } from '../../src-main/adapters/http/private-address';

/**
 * All network goes through the one HTTP module (DATA-SOURCES.md section 2): redirects are followed
 * by hand, and a redirect may not steer a request onto a loopback, private or link-local address of
 * another host (SSRF from a pasted job URL). Real servers on 127.0.0.1.
 */
const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

const client = () => createHttpClient({ userAgent: 'Pathwise-test', minIntervalMsPerHost: 0, retries: 0, timeoutMs: 3_000 });

async function failure(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(NetworkError);
    return error as NetworkError;
  }
  throw new Error('expected the request to fail');
}

describe('redirects onto private addresses (SSRF)', () => {
  it('refuses a redirect to another loopback/private/link-local host and never contacts it', async () => {
    let innerHits = 0;
    const inner = await serve((_req, res) => {
      innerHits += 1;
      res.end('internal admin page');
    });
    const targets = [
      `http://localhost:${inner}/admin`,
      `http://[::1]:${inner}/admin`,
      `http://0x7f.0.0.2:${inner}/admin`, // URL parsing normalises this to 127.0.0.2
      `http://2130706434:${inner}/admin`, // 127.0.0.2 as one number
      'http://169.254.169.254/latest/meta-data/iam/',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://[fd00::1]/',
      'http://0.0.0.0/',
    ];
    const outer = await serve((req, res) => {
      const index = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('i'));
      res.writeHead(302, { location: targets[index] }).end();
    });
    for (let i = 0; i < targets.length; i++) {
      const error = await failure(client().getText(`http://127.0.0.1:${outer}/go?i=${i}`));
      expect(error.code, targets[i]).toBe('blocked');
      expect(error.message).toContain('private or local address');
    }
    expect(innerHits).toBe(0);
  });

  it('refuses a redirect to a host name that resolves to a private address, before connecting', async () => {
    let innerHits = 0;
    const inner = await serve((_req, res) => {
      innerHits += 1;
      res.end('internal');
    });
    const outer = await serve((req, res) => {
      const target = req.url === '/rebind' ? `http://rebind.attacker.test:${inner}/admin` : `http://public.example.test:${inner}/ok`;
      res.writeHead(302, { location: target }).end();
    });
    const looked: string[] = [];
    const http = createHttpClient({
      userAgent: 'Pathwise-test',
      minIntervalMsPerHost: 0,
      retries: 0,
      timeoutMs: 3_000,
      lookupHost: async (hostname) => {
        looked.push(hostname);
        return hostname === 'rebind.attacker.test' ? ['93.184.216.34', '127.0.0.1'] : ['93.184.216.34', '2606:2800:220:1::1'];
      },
    });
    const error = await failure(http.getText(`http://127.0.0.1:${outer}/rebind`));
    expect(error.code).toBe('blocked');
    expect(innerHits).toBe(0);
    // A public answer is followed (here it then fails to connect, which is a network error, not a block).
    const other = await failure(http.getText(`http://127.0.0.1:${outer}/public`));
    expect(other.code).not.toBe('blocked');
    expect(looked).toEqual(['rebind.attacker.test', 'public.example.test']);
    expect(isPrivateAddress('::1')).toBe(true);
    expect(isPrivateAddress('fe80::1')).toBe(true);
    expect(isPrivateAddress('2606:2800:220:1::1')).toBe(false);
  });

  it('still follows a redirect that stays on the host the request started at', async () => {
    const port = await serve((req, res) => {
      if (req.url === '/start') return void res.writeHead(301, { location: `http://127.0.0.1:${port}/final` }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('the posting');
    });
    const result = await client().getText(`http://127.0.0.1:${port}/start`);
    expect(result.text).toBe('the posting');
    expect(result.url).toBe(`http://127.0.0.1:${port}/final`);
  });

  it('classifies host names after URL normalisation', () => {
    const host = (u: string) => new URL(u).hostname;
    for (const u of [
      'http://localhost/',
      'http://app.localhost/',
      'http://127.0.0.1/',
      'http://127.1/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://172.31.255.255/',
      'http://192.168.0.10/',
      'http://169.254.169.254/',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[::]/',
      'http://[fe80::1]/',
      'http://[fc00::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://LOCALHOST./',
    ]) {
      expect(isPrivateHostname(host(u)), u).toBe(true);
    }
    for (const u of ['https://boards-api.greenhouse.io/', 'http://8.8.8.8/', 'http://172.32.0.1/', 'http://[2606:4700::1111]/', 'http://[::ffff:8.8.8.8]/', 'http://localhost.example.com/']) {
      expect(isPrivateHostname(host(u)), u).toBe(false);
    }
  });
});
