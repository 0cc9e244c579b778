// Translation memory at scale: what confirming one segment costs (the pair written, durably) in a memory
// of 100,000 pairs, against the same in a memory of 100 pairs and against writing the whole memory file
// atomically (what every confirm cost before the journal), measured in the same run; and what opening
// the large memory costs against JSON.parse of its file; and a fuzzy lookup in it (every pair shares
// most of its bigrams with the query: the worst case for the bigram index) against the same lookup in
// the small memory, and a concordance search that the whole memory matches. The memory file and its journal are real files
// in a temp directory, fsynced as in the app.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './types';
import { writeFileAtomic } from '../../main/common/atomic-write';
import { serializeMemoryFile } from '../../main/memory/memory-file';
import { TranslationMemory } from '../../main/memory/store';
import type { NewMemoryPair } from '../../main/memory/types';

const LARGE = 100_000;
const SMALL = 100;
const CONFIRMS = 40;

function importedPairs(count: number): NewMemoryPair[] {
  return Array.from({ length: count }, (_, i) => ({
    zh: `全市上下要深入学习贯彻党的二十大精神，推动第${i}项重点工作高质量发展。`,
    en: `The whole city must study and implement the guiding principles of the 20th CPC National Congress and advance key task ${i} with high-quality development.`,
    origin: 'imported',
    source: 'desk-memory.tmx',
    // As a TMX from years of work carries them: dates spread over the pairs, not in file order.
    createdAt: new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % count) * 3_600_000).toISOString(),
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall milliseconds of confirming one segment (a new pair, then the same segment corrected). */
async function confirmTimes(memory: TranslationMemory, round: number): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < CONFIRMS; k++) {
    const sentence = `${round}-${k - (k % 2)}`;
    const start = performance.now();
    const result = await memory.addPairs([{ zh: `确认的第${sentence}句。`, en: k % 2 ? `Confirmed sentence ${sentence}, corrected.` : `Confirmed sentence ${sentence}.`, origin: 'confirmed', segment: `bench:${sentence}` }]);
    times.push(performance.now() - start);
    if (result.added + result.updated !== 1) throw new Error(`confirm ${sentence} wrote nothing`);
  }
  return median(times);
}

async function memoryOf(count: number): Promise<{ memory: TranslationMemory; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dz-bench-memory-'));
  const memory = new TranslationMemory(join(dir, 'translation-memory.json'));
  await memory.addPairs(importedPairs(count));
  // Open it fresh, as the app does after a restart.
  const reopened = new TranslationMemory(memory.file);
  await reopened.size();
  return { memory: reopened, dir };
}

export async function run(): Promise<BenchResult[]> {
  const small = await memoryOf(SMALL);
  const large = await memoryOf(LARGE);
  try {
    // Interleaved, so both see the same machine load.
    const smallMs: number[] = [];
    const largeMs: number[] = [];
    for (let round = 0; round < 3; round++) {
      smallMs.push(await confirmTimes(small.memory, round));
      largeMs.push(await confirmTimes(large.memory, round));
    }
    const confirmSmall = Math.min(...smallMs);
    const confirmLarge = Math.min(...largeMs);

    const parseTimes: number[] = [];
    const openTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      let start = performance.now();
      JSON.parse(readFileSync(large.memory.file, 'utf8'));
      parseTimes.push(performance.now() - start);
      start = performance.now();
      await new TranslationMemory(large.memory.file).size();
      openTimes.push(performance.now() - start);
    }
    const parseMs = Math.min(...parseTimes);
    const entries = await large.memory.allPairs();
    const rewriteTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      const start = performance.now();
      await writeFileAtomic(join(large.dir, 'rewrite.json'), serializeMemoryFile(entries));
      rewriteTimes.push(performance.now() - start);
    }
    const rewriteMs = Math.min(...rewriteTimes);
    const openMs = Math.min(...openTimes);
    const megabytes = readFileSync(large.memory.file).length / 1e6;
    const query = '全市上下要深入学习贯彻党的二十大精神，推动第12345项重点任务加快发展。';
    const indexStart = performance.now();
    await large.memory.lookup(query);
    const indexMs = performance.now() - indexStart;
    await small.memory.lookup(query);
    const lookupTimes = async (memory: TranslationMemory) => {
      const times: number[] = [];
      for (let k = 0; k < 21; k++) {
        const start = performance.now();
        const found = await memory.lookup(query);
        times.push(performance.now() - start);
        if (found.length === 0) throw new Error('the lookup found nothing');
      }
      return median(times);
    };
    const lookupSmall = await lookupTimes(small.memory);
    const lookupLarge = await lookupTimes(large.memory);
    // Concordance of a phrase every pair holds: the whole memory matches, the newest 50 are shown.
    const concordanceTimes = async (memory: TranslationMemory) => {
      const times: number[] = [];
      for (let k = 0; k < 11; k++) {
        const start = performance.now();
        const hits = await memory.concordance('高质量发展');
        times.push(performance.now() - start);
        if (hits.length === 0) throw new Error('the concordance found nothing');
      }
      return median(times);
    };
    const concordanceSmall = await concordanceTimes(small.memory);
    const concordanceLarge = await concordanceTimes(large.memory);
    console.log(`lookup: ${lookupLarge.toFixed(2)} ms with ${LARGE} pairs (index built in ${indexMs.toFixed(0)} ms), ${lookupSmall.toFixed(2)} ms with ${SMALL}`);
    console.log(`confirm: ${confirmLarge.toFixed(2)} ms with ${LARGE} pairs, ${confirmSmall.toFixed(2)} ms with ${SMALL}; whole-file rewrite ${rewriteMs.toFixed(0)} ms; open ${openMs.toFixed(0)} ms, JSON.parse ${parseMs.toFixed(0)} ms (${megabytes.toFixed(1)} MB)`);
    return [
      {
        name: `confirm one segment into a ${LARGE.toLocaleString('en')}-pair memory (written and fsynced)`,
        figure: `${confirmLarge.toFixed(2)} ms`,
        ratio: confirmLarge / confirmSmall,
        baseline: `the same in a ${SMALL}-pair memory (${confirmSmall.toFixed(2)} ms); time ratio`,
        target: 'ratio ≤ 5',
      },
      {
        name: 'the same confirm against rewriting the whole memory file',
        figure: `${confirmLarge.toFixed(2)} ms`,
        ratio: rewriteMs / confirmLarge,
        baseline: `serializing and atomically writing the ${LARGE.toLocaleString('en')} pairs (${rewriteMs.toFixed(0)} ms, before merging is counted); speed-up`,
      },
      {
        name: `open the ${LARGE.toLocaleString('en')}-pair memory (${megabytes.toFixed(1)} MB file + journal, validated)`,
        figure: `${openMs.toFixed(0)} ms`,
        ratio: openMs / parseMs,
        baseline: `reading + JSON.parse of the file (${parseMs.toFixed(0)} ms); time ratio`,
      },
      {
        name: `fuzzy lookup in the ${LARGE.toLocaleString('en')}-pair memory (all pairs near the query; median of 21)`,
        figure: `${lookupLarge.toFixed(1)} ms (index built on first use: ${indexMs.toFixed(0)} ms)`,
        ratio: lookupLarge / lookupSmall,
        baseline: `the same lookup in the ${SMALL}-pair memory (${lookupSmall.toFixed(2)} ms); time ratio`,
        target: 'figure < 50 ms',
      },
      {
        name: `concordance of a phrase all ${LARGE.toLocaleString('en')} pairs hold (the newest 50 shown; median of 11)`,
        figure: `${concordanceLarge.toFixed(1)} ms`,
        ratio: concordanceLarge / concordanceSmall,
        baseline: `the same in the ${SMALL}-pair memory (${concordanceSmall.toFixed(2)} ms); time ratio`,
        target: 'figure < 100 ms',
      },
    ];
  } finally {
    rmSync(small.dir, { recursive: true, force: true });
    rmSync(large.dir, { recursive: true, force: true });
  }
}
