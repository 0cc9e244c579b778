import { randomUUID } from 'node:crypto';
import type { GlossaryLayer, TermEntry } from '../../glossary/engine/entry';
import { checkTranslation, type TranslationCheck } from '../../glossary/engine/check';
import { GlossaryIndex, type TermMatch } from '../../glossary/engine/glossary-index';
import { resolveLayers, type GlossaryLayerSource, type ResolvedEntry } from '../../glossary/engine/layers';
import { matchSegment, type MatchableSegment, type SegmentTerms, type SpanMapper } from '../../glossary/engine/match-segment';
import { glossaryUserWords } from '../../glossary/engine/user-words';
import { exportGlossary, importGlossary, type GlossaryFormat, type ImportProblem } from '../../glossary/formats';
import type { EntryPatch, NewEntryInput, PersonalGlossaryStore } from '../../glossary/store/personal-store';
import { UserFacingError } from '../common/errors';
import { searchEntries, type GlossaryQuery } from './search';

export interface GlossaryServiceDeps {
  builtin: GlossaryLayerSource;
  personal: PersonalGlossaryStore;
  /** The team glossary, when the desk has one (main/team-glossary). */
  team?: GlossaryLayerSource;
  /** The pipeline's cleaned→original offset mapping (main/document/offsets.ts `mapSpanToOriginal`). */
  mapSpan: SpanMapper<MatchableSegment>;
  /** Who is editing: the translator name from settings ("modified by"). */
  translator: () => Promise<string>;
  /** Pushes 'glossary-changed' to every window. */
  emit?: (event: { type: 'glossary-changed'; reason: string }) => void;
}

interface Loaded {
  entries: ResolvedEntry[];
  index: GlossaryIndex;
}

export interface ImportPreview {
  importId: string;
  fileName: string;
  format: GlossaryFormat;
  /** Entries that can be imported. */
  valid: number;
  /** The first entries, to show. */
  sample: TermEntry[];
  problems: ImportProblem[];
  /** Ids of valid entries that would replace entries of your personal glossary. */
  replaces: string[];
}

/**
 * The glossary as the app uses it: built-in term base, team glossary and personal glossary stacked
 * (personal > team > built-in), one match index over all of them, and the maintenance of the personal
 * layer. Editing or deprecating a built-in or team entry puts a personal copy with the same id on top
 * (visible as an override), so nothing the desk shares is changed behind anyone's back.
 */
export class GlossaryService {
  private loaded: Promise<Loaded> | undefined;
  /** The personal file's version the cache was built from: another process (the CLI) may change it. */
  private loadedPersonalVersion: string | undefined;
  private readonly previews = new Map<string, { entries: TermEntry[]; problems: ImportProblem[] }>();

  constructor(private readonly deps: GlossaryServiceDeps) {}

  /** Drop the cached glossary (after a team sync, an outside change of a file). */
  invalidate(reason: string): void {
    this.loaded = undefined;
    this.deps.emit?.({ type: 'glossary-changed', reason });
  }

  private async load(): Promise<Loaded> {
    const personalVersion = await this.deps.personal.version();
    if (personalVersion !== this.loadedPersonalVersion) {
      this.loaded = undefined;
      this.loadedPersonalVersion = personalVersion;
    }
    if (!this.loaded) {
      const attempt = this.loadNow();
      this.loaded = attempt;
      attempt.catch(() => {
        if (this.loaded === attempt) this.loaded = undefined;
      });
    }
    return this.loaded;
  }

  private async loadNow(): Promise<Loaded> {
    const sources = [this.deps.builtin, this.deps.personal, ...(this.deps.team ? [this.deps.team] : [])];
    const layers = await Promise.all(sources.map(async (source) => ({ layer: source.layer, entries: await source.load() })));
    const entries = resolveLayers(layers);
    return { entries, index: GlossaryIndex.build(entries) };
  }

  async entries(): Promise<ResolvedEntry[]> {
    return (await this.load()).entries;
  }

  async index(): Promise<GlossaryIndex> {
    return (await this.load()).index;
  }

  /** Terms of plain texts (cleaned Simplified), one list per text. */
  async matchTexts(texts: readonly string[]): Promise<TermMatch[][]> {
    const index = await this.index();
    return texts.map((text) => index.match(text));
  }

  /** Terms of document segments, with offsets in the cleaned and in the original text. */
  async matchSegments(segments: readonly MatchableSegment[]): Promise<SegmentTerms[]> {
    const index = await this.index();
    return segments.map((segment) => matchSegment(segment, index, this.deps.mapSpan));
  }

  async check(zh: string, en: string): Promise<TranslationCheck> {
    const index = await this.index();
    return checkTranslation(zh, en, index.match(zh));
  }

  async list(query: GlossaryQuery): Promise<{ total: number; entries: ResolvedEntry[] }> {
    return searchEntries(await this.entries(), query);
  }

  async get(id: string): Promise<ResolvedEntry> {
    const found = (await this.entries()).find((r) => r.entry.id === id);
    if (!found) throw new UserFacingError('GLOSSARY_NO_SUCH_ENTRY', `No glossary entry has the id "${id}".`, 'Search the glossary to find the entry’s id.');
    return found;
  }

  /** The glossary's Chinese forms, for the word segmenter. */
  async userWords(): Promise<string[]> {
    return glossaryUserWords(await this.entries());
  }

  async add(input: NewEntryInput): Promise<TermEntry> {
    const entry = await this.deps.personal.add(input, await this.deps.translator());
    this.invalidate(`added ${entry.id}`);
    return entry;
  }

  async edit(id: string, patch: EntryPatch): Promise<TermEntry> {
    const user = await this.deps.translator();
    const current = await this.get(id);
    const entry =
      current.layer === 'personal' ? await this.deps.personal.edit(id, patch, user) : await this.deps.personal.put({ ...current.entry, ...definedOnly(patch), id }, user);
    this.invalidate(`edited ${id}`);
    return entry;
  }

  async deprecate(id: string, reason?: string): Promise<TermEntry> {
    const user = await this.deps.translator();
    const current = await this.get(id);
    if (current.layer !== 'personal') await this.deps.personal.put({ ...current.entry, id }, user);
    const entry = await this.deps.personal.deprecate(id, user, reason);
    this.invalidate(`deprecated ${id}`);
    return entry;
  }

  /** Deletes a personal entry (a personal override: the built-in or team version shows again). */
  async delete(id: string): Promise<{ id: string; layer: GlossaryLayer }> {
    const current = await this.get(id);
    if (current.layer !== 'personal') {
      throw new UserFacingError(
        'GLOSSARY_NOT_PERSONAL',
        `"${id}" belongs to the ${current.layer === 'builtin' ? 'built-in term base' : 'team glossary'}; only your own entries can be deleted.`,
        'Deprecate it instead: it will no longer be suggested.',
      );
    }
    await this.deps.personal.delete(id);
    this.invalidate(`deleted ${id}`);
    return { id, layer: 'personal' };
  }

  /** Reads a glossary file and keeps its valid entries for `importAccept`; nothing is imported yet. */
  async importPreview(bytes: Uint8Array, fileName: string, format: GlossaryFormat): Promise<ImportPreview> {
    const personal = await this.deps.personal.load();
    const personalIds = new Set(personal.map((e) => e.id));
    const result = await importGlossary(bytes, format, { fileName, takenIds: personalIds });
    if (result.entries.length === 0 && result.problems.length === 0) {
      throw new UserFacingError('GLOSSARY_IMPORT_EMPTY', `${fileName} holds no glossary entries.`, 'Check that it is the right file and format.');
    }
    const importId = randomUUID();
    this.previews.set(importId, { entries: result.entries, problems: result.problems });
    // Keep only the last few previews: an abandoned preview must not hold a big file forever.
    while (this.previews.size > MAX_PENDING_IMPORTS) this.previews.delete(this.previews.keys().next().value!);
    return {
      importId,
      fileName,
      format: result.format,
      valid: result.entries.length,
      sample: result.entries.slice(0, 50),
      problems: result.problems,
      replaces: result.entries.filter((e) => personalIds.has(e.id)).map((e) => e.id),
    };
  }

  /**
   * Imports a previewed file into the personal glossary. A file with problems is imported only when
   * the translator accepts to take its valid part (`acceptValidPart`).
   */
  async importAccept(importId: string, acceptValidPart: boolean): Promise<{ added: number; replaced: number; skippedProblems: number }> {
    const preview = this.previews.get(importId);
    if (!preview) throw new UserFacingError('GLOSSARY_IMPORT_UNKNOWN', 'That import preview is no longer available.', 'Preview the file again.');
    if (preview.problems.length > 0 && !acceptValidPart) {
      throw new UserFacingError(
        'GLOSSARY_IMPORT_HAS_PROBLEMS',
        `The file has ${preview.problems.length} problem(s); nothing was imported.`,
        'Fix the file, or accept importing only its valid entries.',
      );
    }
    const result = await this.deps.personal.putMany(preview.entries, await this.deps.translator());
    this.previews.delete(importId);
    this.invalidate(`imported ${preview.entries.length} entries`);
    return { ...result, skippedProblems: preview.problems.length };
  }

  /** The glossary as a file: by default every layer as the translator sees it (overrides applied). */
  async export(format: GlossaryFormat, layers?: readonly GlossaryLayer[]): Promise<Uint8Array> {
    const entries = (await this.entries()).filter((r) => !layers || layers.includes(r.layer)).map((r) => r.entry);
    return exportGlossary(entries, format);
  }
}

const MAX_PENDING_IMPORTS = 8;

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
