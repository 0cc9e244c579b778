import { z } from 'zod';
import { method } from './define';

/** Glossary methods: filled in by the glossary capability (matching, checks, maintenance, import/export). */
export const glossaryMethods = {};
