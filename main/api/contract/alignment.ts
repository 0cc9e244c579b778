import { z } from 'zod';
import { method } from './define';
import { documentSourceSchema } from './document';
import type { AlignmentProposal } from '../../alignment/types';
import type { OpenProject } from './project';

/** Alignment: an existing Chinese text and its English version → reviewed pairs → project and memory. */

const beadSchema = z.object({
  zh: z.array(z.number().int().nonnegative()),
  en: z.array(z.number().int().nonnegative()),
  confidence: z.number().min(0).max(1).default(1),
});
const sideSchema = z.object({
  sentences: z.array(z.string()),
  paragraphs: z.array(z.number().int().nonnegative()),
  segmentIds: z.array(z.string()).optional(),
});

export interface AcceptedAlignment {
  /** The project after accepting, when a project handle was given. */
  project?: OpenProject;
  /** Segments that received a translation. */
  translated: number;
  /** Segments left alone because the translator had already confirmed them. */
  kept: number;
  /** Pairs newly stored in the translation memory. */
  addedToMemory: number;
}

export const alignmentMethods = {
  /** Two texts (files, uploads or pasted text) → a proposal for review. */
  'alignment.align': method<AlignmentProposal>()(
    z.object({ zh: documentSourceSchema, en: documentSourceSchema, presegmented: z.boolean().optional() }),
    { longRunning: true },
  ),
  /** "Import translation…": the open project's segments against an English version. */
  'alignment.alignProject': method<AlignmentProposal>()(z.object({ handle: z.string().min(1), translation: documentSourceSchema }), { longRunning: true }),
  /**
   * The reviewed beads: with a handle they fill the project's translations (status translated, origin
   * aligned) and its alignedPairs; the pairs always go into the translation memory.
   */
  'alignment.accept': method<AcceptedAlignment>()(
    z.object({ handle: z.string().min(1).optional(), zh: sideSchema, en: sideSchema, beads: z.array(beadSchema), source: z.string().optional() }),
  ),
};
