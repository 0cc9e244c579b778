import * as path from 'node:path';
import type { CliCommand } from '../command';
import { createAlignmentService } from '../../alignment/create-service';
import { formatBeads } from '../../alignment/beads-format';
import type { AlignmentProposal } from '../../alignment/types';

const USAGE = [
  'Usage: duizhao align ZH_FILE EN_FILE [--presegmented] [--format beads|tsv|json]',
  '',
  'Aligns a Chinese text with its English version sentence by sentence.',
  '  --presegmented   each line of each file is one sentence, taken as it is',
  '  --format beads   one bead per line, [zh ids]:[en ids], 0-based: [3]:[4,5], [7]:[], []:[9]',
  '  --format tsv     (default) Chinese, English and confidence of each bead, tab-separated',
  '  --format json    {"zh": [...], "en": [...], "beads": [{"zh": [..], "en": [..], "confidence": ..}]}',
].join('\n');

const FORMATS = ['beads', 'tsv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const command: CliCommand = {
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const files: string[] = [];
    let presegmented = false;
    let format: Format = 'tsv';
    for (let k = 0; k < args.length; k++) {
      const arg = args[k];
      if (arg === '--presegmented') presegmented = true;
      else if (arg === '--format' || arg.startsWith('--format=')) {
        const value = arg.includes('=') ? arg.slice('--format='.length) : args[++k];
        if (!FORMATS.includes(value as Format)) {
          io.err(`duizhao align: unknown format "${value ?? ''}"; use beads, tsv or json.\n\n${USAGE}`);
          return 2;
        }
        format = value as Format;
      } else if (arg.startsWith('--')) {
        io.err(`duizhao align: unknown option ${arg}.\n\n${USAGE}`);
        return 2;
      } else files.push(arg);
    }
    if (files.length !== 2) {
      io.err(`duizhao align: give the Chinese file and the English file.\n\n${USAGE}`);
      return 2;
    }
    const [zhFile, enFile] = files.map((f) => path.resolve(io.cwd, f));
    const proposal = await createAlignmentService().align({ zh: { kind: 'path', path: zhFile }, en: { kind: 'path', path: enFile }, presegmented });
    io.out(render(proposal, format));
    return 0;
  },
};

function render(proposal: AlignmentProposal, format: Format): string {
  if (format === 'beads') return formatBeads(proposal.beads);
  if (format === 'json') {
    return JSON.stringify({ zh: proposal.zh.sentences, en: proposal.en.sentences, beads: proposal.beads }, null, 2) + '\n';
  }
  const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return (
    proposal.beads
      .map((bead) => [bead.zh.map((i) => proposal.zh.sentences[i]).join(''), bead.en.map((j) => proposal.en.sentences[j]).join(' '), bead.confidence.toFixed(2)].map(cell).join('\t'))
      .join('\n') + '\n'
  );
}
