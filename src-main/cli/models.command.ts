/**
 * `pathwise models list | pull <id> | add <file.gguf> | remove <id>`: manage local models in
 * `<dataDir>/models/`. Bad input ends with exit code 2 and one line; never a stack trace.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { createNetworkModelDownloader } from '../adapters/llm/download';
import { createMachineProbe } from '../adapters/llm/local/machine-probe';
import { dataPaths } from '../db/paths';
import { LlmError } from '../core/llm/llm-provider';
import { bundledCatalog, createModelRegistry, ModelDownloadError, ModelRegistryError, type DownloadProgress, type MachineInfo } from '../core/models';
import { APP_VERSION } from '../node-runtime';
import { dataDirFrom } from './data.command';
import { formatBytes } from './format';
import { failInput } from './input';

/** Known failures become one line and exit 2; anything else is a bug and propagates. */
function failKnown(error: unknown): never {
  if (error instanceof LlmError || error instanceof ModelDownloadError || error instanceof ModelRegistryError) failInput(error.code, error.message);
  throw error;
}

function registryFor(program: Command) {
  return createModelRegistry({
    modelsDir: dataPaths(dataDirFrom(program)).models,
    catalog: bundledCatalog(),
    downloader: createNetworkModelDownloader({ userAgent: `Pathwise/${APP_VERSION} (model download)` }),
  });
}

function progressLine(name: string, p: DownloadProgress): string {
  const total = p.totalBytes;
  const percent = total ? `${Math.floor((p.receivedBytes / total) * 100)}% ` : '';
  const size = total ? `${formatBytes(p.receivedBytes)} of ${formatBytes(total)}` : formatBytes(p.receivedBytes);
  return `\rDownloading ${name}: ${percent}${size}, ${formatBytes(Math.round(p.bytesPerSecond))}/s   `;
}

export function registerModelsCommand(program: Command): void {
  const models = program.command('models').description('list, download, add and remove local language models');

  models
    .command('list')
    .description('show installed models and the recommended catalog, with how well each fits this computer')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const registry = registryFor(program);
      let machine: MachineInfo | null = null;
      try {
        machine = await createMachineProbe().probe();
      } catch {
        machine = null;
      }
      const installed = registry.list();
      const catalog = registry.catalogStatus(machine);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ machine, installed, catalog }, null, 2)}\n`);
        return;
      }
      const lines: string[] = ['Installed:'];
      if (!installed.length) lines.push('  (none) - run `pathwise models pull <id>` or `pathwise models add <file.gguf>`');
      for (const m of installed) {
        lines.push(`  ${m.id.padEnd(34)} ${formatBytes(m.sizeBytes).padStart(9)}  ${m.verified ? 'verified' : 'unverified'}  ${m.name}`);
      }
      lines.push('', 'Catalog:');
      for (const { model, installed: have, partialBytes, fit } of catalog) {
        const state = have ? 'installed' : partialBytes ? `partial ${formatBytes(partialBytes)}` : '';
        lines.push(`  ${model.id.padEnd(34)} ${formatBytes(model.sizeBytes).padStart(9)}  ${(fit?.verdict ?? '').padEnd(8)}  ${model.licence}${state ? `  [${state}]` : ''}`);
      }
      if (machine) lines.push('', `This computer: ${formatBytes(machine.totalRamBytes)} memory, GPU: ${machine.gpu || 'none'}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  models
    .command('pull')
    .description('download a catalog model (resumes an interrupted download)')
    .argument('<id>', 'catalog id, see `pathwise models list`')
    .action(async (id: string) => {
      const registry = registryFor(program);
      const entry = bundledCatalog().find((m) => m.id === id);
      if (!entry) failInput('not-found', `There is no catalog model called "${id}". Run \`pathwise models list\` to see them.`);
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      try {
        const model = await registry.pull(id, { signal: controller.signal, onProgress: (p) => process.stderr.write(progressLine(entry.name, p)) });
        process.stderr.write('\n');
        process.stdout.write(`Installed ${model.name} (${formatBytes(model.sizeBytes)}) at ${model.path}\n`);
        process.stdout.write(model.verified ? `sha256 ${model.sha256} matches the catalog.\n` : `sha256 ${model.sha256} (unverified: the catalog records no hash for this file).\n`);
      } catch (error) {
        process.stderr.write('\n');
        failKnown(error);
      } finally {
        process.off('SIGINT', onSigint);
      }
    });

  models
    .command('add')
    .description('add a .gguf model file from disk (copied into the data folder)')
    .argument('<file>', 'a .gguf file')
    .option('--link', 'link to the file instead of copying it')
    .action(async (file: string, options: { link?: boolean }) => {
      const registry = registryFor(program);
      try {
        const model = await registry.addFromDisk(path.resolve(file), {
          mode: options.link ? 'link' : 'copy',
          onProgress: (p) => process.stderr.write(`\rCopying: ${Math.floor((p.copiedBytes / Math.max(1, p.totalBytes)) * 100)}%   `),
        });
        process.stderr.write('\n');
        process.stdout.write(`Added ${model.name} as ${model.id} (${formatBytes(model.sizeBytes)}, sha256 ${model.sha256}).\n`);
      } catch (error) {
        failKnown(error);
      }
    });

  models
    .command('remove')
    .description('delete an installed model')
    .argument('<id>', 'installed model id, see `pathwise models list`')
    .action(async (id: string) => {
      try {
        registryFor(program).remove(id);
        process.stdout.write(`Removed ${id}.\n`);
      } catch (error) {
        failKnown(error);
      }
    });
}
