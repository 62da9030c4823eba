/**
 * `pathwise`: the command line, on the same services as the app and without Electron.
 */
import { Command } from 'commander';
import { registerAnalyzeCommand } from './cli/analyze.command';
import { registerDataCommands } from './cli/data.command';
import { registerModelsCommand } from './cli/models.command';
import { registerJobCommands } from './cli/job.command';
import { APP_VERSION } from './node-runtime';

export function buildProgram(): Command {
  const program = new Command()
    .name('pathwise')
    .description('Pathwise, your local-first career coach, on the command line. Nothing leaves your machine.')
    .version(APP_VERSION)
    .option('--data-dir <folder>', 'use this data folder instead of the default (also PATHWISE_DATA_DIR)')
    .showHelpAfterError('(run pathwise --help for usage)');
  registerDataCommands(program);
  registerAnalyzeCommand(program);
  registerModelsCommand(program);
  registerJobCommands(program);
  return program;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    process.stderr.write(`pathwise: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
