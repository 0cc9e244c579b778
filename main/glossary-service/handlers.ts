import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { HandlersFor } from '../api/handlers';
import type { glossaryMethods, SegmentCheck } from '../api/contract/glossary';
import { writeFileAtomic } from '../common/atomic-write';
import { UserFacingError } from '../common/errors';
import { formatFromFileName } from '../../glossary/formats';
import { checkTranslation, issueCount } from '../../glossary/engine/check';
import type { MatchableSegment } from '../../glossary/engine/match-segment';
import { packSegmentTerms } from '../../glossary/engine/packed-terms';
import type { GlossaryService } from './glossary-service';

export interface GlossaryHandlerDeps {
  service: GlossaryService;
  /** The segments of an open project (handle from project.open/create), with their translations. */
  projectSegments(handle: string): ReadonlyArray<MatchableSegment & { target?: string }>;
}

export function createGlossaryHandlers({ service, projectSegments }: GlossaryHandlerDeps): HandlersFor<typeof glossaryMethods> {
  return {
    'glossary.matchTexts': async ({ texts }) => service.matchTexts(texts),
    'glossary.matchSegments': async ({ segments }) => service.matchSegments(segments),
    'glossary.matchProject': async ({ handle }) => packSegmentTerms(await service.matchSegments(projectSegments(handle))),
    'glossary.check': async ({ zh, en }) => service.check(zh, en),
    'glossary.checkProject': async ({ handle }) => {
      const segments = projectSegments(handle).filter((s) => (s.target ?? '').trim() !== '');
      const terms = await service.matchSegments(segments);
      const checks: SegmentCheck[] = [];
      segments.forEach((segment, i) => {
        const check = checkTranslation(segment.text, segment.target ?? '', terms[i].terms);
        if (issueCount(check) > 0 || check.unverified.length > 0) checks.push({ segmentId: segment.id, check });
      });
      return checks;
    },
    'glossary.list': async (query) => service.list(query),
    'glossary.get': async ({ id }) => service.get(id),
    'glossary.add': async ({ entry, layer }) => service.add(entry, layer),
    'glossary.edit': async ({ id, patch, layer }) => service.edit(id, patch, layer),
    'glossary.deprecate': async ({ id, reason, layer }) => service.deprecate(id, reason, layer),
    'glossary.delete': async ({ id, layer }) => service.delete(id, layer),
    'glossary.importPreview': async ({ source, format }) => {
      const { bytes, name } = source.kind === 'path' ? { bytes: await readGlossaryFile(source.path), name: path.basename(source.path) } : { bytes: Buffer.from(source.base64, 'base64'), name: source.name };
      const chosen = format ?? formatFromFileName(name, bytes);
      if (!chosen) {
        throw new UserFacingError('GLOSSARY_UNKNOWN_FORMAT', `Cannot tell the glossary format of ${name}.`, 'Use .tbx, .tsv/.txt (OmegaT), .csv, .xlsx or .json, or name the format.');
      }
      return service.importPreview(bytes, name, chosen);
    },
    'glossary.importAccept': async ({ importId, acceptValidPart }) => service.importAccept(importId, acceptValidPart),
    'glossary.export': async ({ format, layers, path: target }) => {
      const bytes = await service.export(format, layers);
      const entries = (await service.entries()).filter((r) => !layers || layers.includes(r.layer)).length;
      const extension = format === 'tbx2' ? 'tbx' : format;
      if (target) {
        await writeFileAtomic(target, bytes);
        return { path: target, fileName: path.basename(target), entries };
      }
      return { base64: Buffer.from(bytes).toString('base64'), fileName: `glossary.${extension}`, entries };
    },
  };
}

export async function readGlossaryFile(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserFacingError(
      'GLOSSARY_FILE_UNREADABLE',
      code === 'ENOENT' ? `The file ${file} does not exist.` : `The file ${file} cannot be read (${code ?? (error as Error).message}).`,
      'Check the path and the permissions.',
    );
  }
}
