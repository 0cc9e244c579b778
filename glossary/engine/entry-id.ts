import { pinyin } from 'pinyin-pro';

/**
 * A readable, stable id for a new entry, from the pinyin of its Chinese form: 两个确立 → "u.liang-ge-que-li".
 * Two translators who add the same term get the same id, so a team merge sees one entry, not two.
 * Ids never change after creation; a taken id gets a numeric suffix.
 */
export function newEntryId(zh: string, taken: { has(id: string): boolean }, prefix = 'u'): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug =
    syllables
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'term';
  const base = `${prefix}.${slug}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
