import type { ImportTmxResult } from '../api/contract/export';
import type { TranslationMemorySink } from './memory-sink';
import { throwIfCancelled } from './options';
import { readTmx } from './tmx-import';

/**
 * A TMX file's pairs into the translation memory (the app's Import TMX and `duizhao memory import`):
 * units in the two languages become `imported` entries, their tool as the source, the unit's last
 * change as the date; pairs already in the memory are skipped.
 */
export async function importTmxIntoMemory(
  memory: TranslationMemorySink,
  bytes: Uint8Array,
  languages: { source: string; target: string },
  signal?: AbortSignal,
): Promise<ImportTmxResult> {
  const reading = readTmx(decodeXml(bytes), languages);
  throwIfCancelled(signal);
  const origin = `TMX from ${reading.creationTool ?? 'another tool'}`;
  const { added, skipped } = await memory.addPairs(
    reading.pairs.map((p) => ({
      source: p.source,
      target: p.target,
      sourceLanguage: p.sourceLanguage,
      targetLanguage: p.targetLanguage,
      createdAt: p.changedAt ?? p.createdAt,
      createdBy: p.changedBy ?? p.createdBy,
      note: p.note,
      origin,
    })),
  );
  return { pairsRead: reading.pairs.length, added, skipped: skipped + reading.skipped, creationTool: reading.creationTool };
}

/** UTF-8 unless a byte-order mark says UTF-16 (older Trados TMX files are UTF-16). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder().decode(bytes);
}
