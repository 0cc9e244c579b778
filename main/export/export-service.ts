import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Project } from '../project/schema';
import type { ImportSource, ExportToBytesResult, ExportToFileResult, ImportReviewResult, ImportTmxResult, ExportSummary } from '../api/contract/export';
import { UserFacingError } from '../common/errors';
import { fileReadError } from './file-errors';
import { exportProject, type ExportResult } from './export-project';
import type { ExportFormat } from './formats';
import { planImport } from './import-review';
import type { TranslationMemorySink } from './memory-sink';
import { throwIfCancelled, type ExportControl } from './options';
import type { SegmentChange } from './segment-changes';
import { importTmxIntoMemory } from './tmx-into-memory';
import { writeExportFile } from './write-export';

/** What the export service needs of the open projects (the project sessions provide it). */
export interface ProjectAccess {
  project(handle: string): Project;
  /** Applies an import's changes to the open project as edits (autosaved like any edit). */
  applyChanges(handle: string, changes: SegmentChange[]): Promise<void>;
}

export interface ExportServiceDeps {
  projects: ProjectAccess;
  /** The translation memory; absent until that capability is composed, and TMX import says so. */
  memory?: TranslationMemorySink;
  /** The translator's name from settings, printed in review tables and TMX. */
  translatorName?: () => Promise<string | undefined>;
  glossaryVersion?: () => Promise<string | undefined>;
  appVersion: string;
}

export interface ExportRequest {
  handle: string;
  format: ExportFormat;
  landscape?: boolean;
  glossaryVersion?: string;
}

/** Exports and imports for open projects: builds in memory, writes atomically, applies imports as edits. */
export class ExportService {
  constructor(private readonly deps: ExportServiceDeps) {}

  async toFile(request: ExportRequest & { path: string }, control: ExportControl = {}): Promise<ExportToFileResult> {
    const result = await this.build(request, control);
    await writeExportFile(request.path, result.bytes);
    return { ...summary(result), path: path.resolve(request.path) };
  }

  async toBytes(request: ExportRequest, control: ExportControl = {}): Promise<ExportToBytesResult> {
    const result = await this.build(request, control);
    return { ...summary(result), base64: Buffer.from(result.bytes).toString('base64') };
  }

  async importReview(request: { handle: string; source: ImportSource; dryRun?: boolean }, control: ExportControl = {}): Promise<ImportReviewResult> {
    const { bytes, name } = await readSource(request.source);
    control.reportProgress?.(0, 2, 'Reading the file');
    const report = await planImport(this.deps.projects.project(request.handle), bytes, name);
    if (request.dryRun) return { ...report, applied: false };
    throwIfCancelled(control.signal);
    control.reportProgress?.(1, 2, 'Applying changes');
    await this.deps.projects.applyChanges(request.handle, report.changes);
    return { ...report, applied: true };
  }

  async importTmx(request: { source: ImportSource; sourceLanguage: string; targetLanguage: string }, control: ExportControl = {}): Promise<ImportTmxResult> {
    if (!this.deps.memory) {
      throw new UserFacingError('MEMORY_UNAVAILABLE', 'The translation memory is not available in this build, so the TMX file was not imported.', 'Try again once the translation memory is set up.');
    }
    const { bytes } = await readSource(request.source);
    return importTmxIntoMemory(this.deps.memory, bytes, { source: request.sourceLanguage, target: request.targetLanguage }, control.signal);
  }

  private async build(request: ExportRequest, control: ExportControl): Promise<ExportResult> {
    const project = this.deps.projects.project(request.handle);
    const [translator, glossaryVersion] = await Promise.all([this.deps.translatorName?.(), request.glossaryVersion ?? this.deps.glossaryVersion?.()]);
    return exportProject(
      project,
      request.format,
      { landscape: request.landscape, glossaryVersion, translator: translator || undefined, toolVersion: this.deps.appVersion },
      control,
    );
  }
}

function summary(result: ExportResult): ExportSummary {
  return {
    format: result.format,
    fileName: result.fileName,
    mimeType: result.mimeType,
    size: result.bytes.length,
    segments: result.counts.segments,
    untranslated: result.counts.untranslated,
    confirmed: result.counts.confirmed,
  };
}

/** The bytes of an import source, with a name for messages. */
export async function readSource(source: ImportSource): Promise<{ bytes: Uint8Array; name: string }> {
  if (source.kind === 'bytes') return { bytes: new Uint8Array(Buffer.from(source.base64, 'base64')), name: source.name };
  try {
    return { bytes: new Uint8Array(await fs.readFile(source.path)), name: path.basename(source.path) };
  } catch (error) {
    throw fileReadError(error, source.path);
  }
}
