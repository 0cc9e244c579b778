import { z } from 'zod';
import { method } from './define';
import type { PreparedDocument } from '../../document/types';

/** Where a document comes from: a path (Electron dialogs, CLI), uploaded bytes (web host), or pasted text. */
export const documentSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1) }),
  z.object({ kind: z.literal('bytes'), name: z.string().min(1), base64: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string(), name: z.string().optional() }),
]);
export type DocumentSource = z.infer<typeof documentSourceSchema>;

export const documentMethods = {
  'document.prepare': method<PreparedDocument>()(z.object({ source: documentSourceSchema }), { longRunning: true }),
};
