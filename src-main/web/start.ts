/**
 * `npm run start:web`: serves the built renderer with the real services on 127.0.0.1 and prints
 * the URL (with its per-launch token). Opens nothing else.
 */
import path from 'node:path';
import { defaultDataDir } from '../db/paths';
import { createDispatcher } from '../ipc/dispatch';
import { buildHandlers } from '../ipc/handlers';
import { nodeServices } from '../node-runtime';
import { startBridgeServer } from './bridge-server';

async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const services = await nodeServices(dataDir, 'browser', { scheduler: true });
  const bridge = await startBridgeServer({
    dispatch: createDispatcher(buildHandlers(services)),
    events: services.events,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: process.env.PATHWISE_WEB_PORT ? Number(process.env.PATHWISE_WEB_PORT) : 0,
  });
  process.stdout.write(`Pathwise (browser mode) is serving data from ${dataDir}\n`);
  process.stdout.write(`Open: ${bridge.url}\n`);
  const stop = async () => {
    await bridge.close();
    await services.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`pathwise web: ${(error as Error).message}\n`);
  process.exit(1);
});
