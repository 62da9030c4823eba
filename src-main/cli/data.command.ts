import path from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir } from '../db/paths';
import { nodeServices } from '../node-runtime';
import type { Services } from '../services';
import { formatBytes } from './format';

export function dataDirFrom(program: Command): string {
  const option = program.opts<{ dataDir?: string }>().dataDir;
  return option ? path.resolve(option) : defaultDataDir();
}

export async function withServices<T>(program: Command, work: (services: Services) => Promise<T>): Promise<T> {
  const services = await nodeServices(dataDirFrom(program), 'desktop');
  try {
    return await work(services);
  } finally {
    await services.dispose();
  }
}

export function registerDataCommands(program: Command): void {
  program
    .command('info')
    .description('show the data folder, database size and schema version, and what it holds')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withServices(program, async (s) => {
        const info = s.system.info();
        const summary = await s.dashboard.summary();
        const out = { ...info, resumes: summary.resumeCount, jobs: summary.jobCount, backups: s.system.listBackups().length };
        if (options.json) return void process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        process.stdout.write(
          [
            `Data folder     ${out.dataDir}`,
            `Database        ${formatBytes(out.databaseBytes)} (schema ${out.schemaVersion} of ${out.latestSchemaVersion}, SQLite ${out.sqliteVersion})`,
            `Resumes         ${out.resumes}`,
            `Jobs            ${out.jobs}`,
            `Backups         ${out.backups}`,
          ].join('\n') + '\n',
        );
      });
    });

  program
    .command('backup')
    .description('make a backup of the database now (SQLite online backup)')
    .action(async () => {
      await withServices(program, async (s) => {
        const backup = await s.system.createBackup();
        process.stdout.write(`Backed up to ${path.join(s.paths.backups, backup.fileName)} (${formatBytes(backup.bytes)})\n`);
      });
    });
}
