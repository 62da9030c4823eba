import path from 'node:path';
import type { Command } from 'commander';
import { toAppError } from '../core/errors';
import { analyzeFile } from '../core/resumes/resumes.service';
import { nodeExtractor } from '../node-runtime';
import { formatAnalysisReport } from './analyze-report';
import { failInput, readInputFile } from './input';


export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyze a resume offline (PDF, DOCX, TXT/Markdown, JSON Resume, LinkedIn export .zip)')
    .argument('<file>', 'the resume file')
    .option('--json', 'print { profile, analysis } as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const bytes = readInputFile(file);
      const extractor = nodeExtractor();
      try {
        const { profile, analysis } = await analyzeFile(extractor, { bytes, fileName: path.basename(file) });
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ profile, analysis }, null, 2)}\n`);
        } else {
          process.stdout.write(formatAnalysisReport(path.basename(file), profile, analysis));
        }
      } catch (error) {
        const known = toAppError(error);
        if (known) failInput(known.code, known.message);
        throw error;
      } finally {
        await extractor.dispose();
      }
    });
}
