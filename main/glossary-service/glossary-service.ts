import { createHash, randomUUID } from 'node:crypto';
import type { GlossaryLayer, TermEntry } from '../../glossary/engine/entry';
import { newEntryId } from '../../glossary/engine/entry-id';
import { serializeEntries } from '../../glossary/engine/serialize';
import { checkTranslation, type TranslationCheck } from '../../glossary/engine/check';
import { GlossaryIndex, type TermMatch } from '../../glossary/engine/glossary-index';
import { resolveLayers, versionIn, type GlossaryLayerSource, type LayerEntries, type ResolvedEntry } from '../../glossary/engine/layers';
import { matchSegment, type MatchableSegment, type SegmentTerms, type SpanMapper } from '../../glossary/engine/match-segment';
import { glossaryUserWords } from '../../glossary/engine/user-words';
import { exportGlossary, importGlossary, type GlossaryFormat, type ImportProblem } from '../../glossary/formats';
import { deprecatedNote, validEntry, type EntryPatch, type NewEntryInput, type PersonalGlossaryStore } from '../../glossary/store/personal-store';
import { UserFacingError } from '../common/errors';
import { searchEntries, type GlossaryQuery } from './search';

/** The glossaries a translator can write to: their own, or the desk's shared one. */
export type WritableLayer = 'personal' | 'team';

/**
 * The team glossary as the layered glossary reads and edits it (main/team-glossary/create.ts builds it).
 * Saves commit to the local clone and schedule the debounced sync.
 */
export interface EditableTeamLayer extends GlossaryLayerSource {
  readonly layer: 'team';
  /** Whether a team repository is set up (saving to the team needs one). */
  configured(): Promise<boolean>;
  save(entry: TermEntry): Promise<TermEntry>;
  delete(id: string): Promise<{ deleted: boolean }>;
}

/** What the glossary is made of right now (for the "Glossary version" line of exports). */
export interface GlossaryLayerSummary {
  personal: number;
  team: number;
  builtin: { entries: number; /** sha256 of the term base's canonical serialization, first 12 hex digits. */ fingerprint: string };
}

export interface GlossaryServiceDeps {
  builtin: GlossaryLayerSource;
  personal: PersonalGlossaryStore;
  /** The team glossary, when the desk has one (main/team-glossary). */
  team?: EditableTeamLayer;
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
  layers: LayerEntries[];
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
 * (personal > team > built-in), one match index over all of them, and their maintenance. Every change
 * names the glossary it goes to (`layer`): the personal glossary (the default), where editing a built-in
 * or team entry puts a personal copy with the same id on top (shown as an override), or the team
 * glossary, where it changes the desk's shared entry (committed locally, synced a few seconds later).
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

  /** Drops the cache without an event: after a team write, whose own notification emits it. */
  private drop(): void {
    this.loaded = undefined;
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
    return { entries, index: GlossaryIndex.build(entries), layers };
  }

  /** Entries per layer and the built-in term base's fingerprint. */
  async layerSummary(): Promise<GlossaryLayerSummary> {
    const { layers } = await this.load();
    const of = (layer: GlossaryLayer) => layers.find((l) => l.layer === layer)?.entries ?? [];
    const builtin = of('builtin');
    if (this.fingerprint?.of !== builtin) this.fingerprint = { of: builtin, value: createHash('sha256').update(serializeEntries([...builtin])).digest('hex').slice(0, 12) };
    return { personal: of('personal').length, team: of('team').length, builtin: { entries: builtin.length, fingerprint: this.fingerprint.value } };
  }
  private fingerprint: { of: readonly TermEntry[]; value: string } | undefined;

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

  /**
   * Adds a new entry to the personal glossary or the team glossary. The id comes from the pinyin (so two
   * translators adding the same term to the team get the same entry) and is never one another layer uses.
   */
  async add(input: NewEntryInput, layer: WritableLayer = 'personal'): Promise<TermEntry> {
    const all = await this.entries();
    const id = input.id ?? newEntryId(input.zh, new Set(all.map((r) => r.entry.id)));
    if (layer === 'team') {
      const team = await this.requireTeam();
      if (all.some((r) => r.entry.id === id && versionIn(r, 'team'))) {
        throw new UserFacingError('GLOSSARY_DUPLICATE_ID', `The team glossary already has an entry with id "${id}".`, 'Edit that entry instead, or choose another id.');
      }
      const entry = await team.save(validEntry({ ...input, id, status: input.status ?? 'approved' }));
      this.drop();
      return entry;
    }
    const entry = await this.deps.personal.add({ ...input, id }, await this.deps.translator());
    this.invalidate(`added ${entry.id}`);
    return entry;
  }

  /**
   * Changes the fields named in `patch` (an empty `note` clears it) on the version in the chosen glossary:
   * - personal: the personal entry, or a new personal copy of the built-in/team entry on top of it;
   * - team: the team entry (or a team version of a built-in/personal one). A personal copy of that
   *   entry is removed afterwards, so the translator sees what the team now shares.
   * Only the fields named change: another translator's edit of another field, synced meanwhile, stays.
   */
  async edit(id: string, patch: EntryPatch, layer: WritableLayer = 'personal'): Promise<TermEntry> {
    const current = await this.get(id);
    if (layer === 'team') {
      const team = await this.requireTeam();
      const entry = await team.save(patched(versionIn(current, 'team') ?? current.entry, patch));
      this.drop();
      if (versionIn(current, 'personal')) {
        await this.deps.personal.delete(id);
        this.invalidate(`edited ${id} in the team glossary; personal copy removed`);
      }
      return entry;
    }
    const entry = await this.deps.personal.put(patched(versionIn(current, 'personal') ?? current.entry, patch), await this.deps.translator());
    this.invalidate(`edited ${id}`);
    return entry;
  }

  /** Marks an entry deprecated (never suggested again) in the chosen glossary; the reason goes into the note. */
  async deprecate(id: string, reason?: string, layer: WritableLayer = 'personal'): Promise<TermEntry> {
    const current = await this.get(id);
    if (layer === 'team') {
      const team = await this.requireTeam();
      const base = versionIn(current, 'team') ?? current.entry;
      const entry = await team.save(validEntry({ ...base, status: 'deprecated', note: deprecatedNote(base.note, reason) }));
      this.drop();
      return entry;
    }
    const user = await this.deps.translator();
    if (!versionIn(current, 'personal')) await this.deps.personal.put({ ...current.entry, id }, user);
    const entry = await this.deps.personal.deprecate(id, user, reason);
    this.invalidate(`deprecated ${id}`);
    return entry;
  }

  /**
   * Deletes an entry from the personal glossary (a personal override: the built-in or team version shows
   * again) or from the team glossary (for the whole desk, at the next sync).
   */
  async delete(id: string, layer: WritableLayer = 'personal'): Promise<{ id: string; layer: WritableLayer }> {
    const current = await this.get(id);
    if (!versionIn(current, layer)) {
      const where = layer === 'team' ? 'the team glossary' : 'your personal glossary';
      const owner = current.layer === 'builtin' ? 'the built-in term base' : current.layer === 'team' ? 'the team glossary' : 'your personal glossary';
      throw new UserFacingError(
        layer === 'team' ? 'GLOSSARY_NOT_TEAM' : 'GLOSSARY_NOT_PERSONAL',
        `"${id}" is not in ${where}; it belongs to ${owner}.`,
        current.layer === 'builtin' ? 'Deprecate it instead: it will no longer be suggested.' : `Delete it from ${owner}, or deprecate it.`,
      );
    }
    if (layer === 'team') {
      await (await this.requireTeam()).delete(id);
      this.drop();
    } else {
      await this.deps.personal.delete(id);
      this.invalidate(`deleted ${id}`);
    }
    return { id, layer };
  }

  private async requireTeam(): Promise<EditableTeamLayer> {
    const team = this.deps.team;
    if (!team || !(await team.configured())) {
      throw new UserFacingError(
        'GLOSSARY_NO_TEAM',
        'No team glossary is set up, so nothing can be saved there.',
        'Set one up in the Team side tab (or `duizhao glossary team set URL_OR_PATH`), or save to your personal glossary.',
      );
    }
    return team;
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

/** `base` with the patch's fields; an empty note removes the note. */
function patched(base: TermEntry, patch: EntryPatch): TermEntry {
  const next: Record<string, unknown> = { ...base, ...definedOnly(patch), id: base.id };
  if (typeof next.note === 'string' && next.note.trim() === '') delete next.note;
  return validEntry(next);
}

