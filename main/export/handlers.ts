import type { HandlersFor } from '../api/handlers';
import type { exportMethods } from '../api/contract/export';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from './formats';
import type { ExportService } from './export-service';

export function createExportHandlers(service: ExportService): HandlersFor<typeof exportMethods> {
  return {
    'export.formats': async () => EXPORT_FORMATS.map((f) => EXPORT_FORMAT_INFO[f]),
    'export.toFile': (params, ctx) => service.toFile(params, ctx),
    'export.toBytes': (params, ctx) => service.toBytes(params, ctx),
    'export.importReview': (params, ctx) => service.importReview(params, ctx),
    'export.importTmx': (params, ctx) => service.importTmx(params, ctx),
  };
}
