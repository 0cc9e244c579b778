import type { LocalizedText } from '../i18n/localized';

/** The translation memory UI's own strings, English and Simplified Chinese. */
export const MEMORY_TEXT = {
  tabTitle: { en: 'Memory', 'zh-CN': '翻译记忆' },
  panelCommand: { en: 'Translation memory', 'zh-CN': '翻译记忆库' },
  insertCommand: { en: 'Insert translation memory match', 'zh-CN': '插入翻译记忆匹配' },
  concordanceCommand: { en: 'Concordance search…', 'zh-CN': '语境检索…' },
  exportCommand: { en: 'Export translation memory as TMX…', 'zh-CN': '将翻译记忆导出为 TMX…' },
  matchesTitle: { en: 'Matches for segment {n}', 'zh-CN': '第 {n} 句的匹配' },
  noSegment: { en: 'Open a project to see what the memory holds for each sentence.', 'zh-CN': '打开项目后，这里显示每句在翻译记忆中的相似译文。' },
  looking: { en: 'Looking up…', 'zh-CN': '正在查找…' },
  noMatches: { en: 'No similar sentence in the memory.', 'zh-CN': '翻译记忆中没有相似的句子。' },
  insertHint: { en: 'Replace the translation with this one ({key})', 'zh-CN': '用此译文替换当前译文（{key}）' },
  insertPlain: { en: 'Replace the translation with this one', 'zh-CN': '用此译文替换当前译文' },
  diffLegend: { en: 'Struck through: only in the stored sentence. Underlined: only in this one.', 'zh-CN': '删除线：仅见于记忆中的句子；下划线：仅见于当前句子。' },
  noSuchMatch: { en: 'There is no match {n} for this segment.', 'zh-CN': '本句没有第 {n} 个匹配。' },
  concordanceTitle: { en: 'Concordance', 'zh-CN': '语境检索' },
  concordancePlaceholder: { en: 'Chinese or English phrase', 'zh-CN': '中文或英文词语' },
  search: { en: 'Search', 'zh-CN': '检索' },
  hits: { en: '{count} pairs contain “{query}”.', 'zh-CN': '{count} 个句对包含“{query}”。' },
  noHits: { en: 'No pair contains “{query}”.', 'zh-CN': '没有句对包含“{query}”。' },
  size: { en: '{count} pairs in the memory', 'zh-CN': '记忆库共 {count} 个句对' },
  exportTmx: { en: 'Export TMX…', 'zh-CN': '导出 TMX…' },
  exported: { en: 'Wrote {count} pairs to {path}.', 'zh-CN': '已将 {count} 个句对写入 {path}。' },
  downloaded: { en: 'Downloaded {name} ({count} pairs).', 'zh-CN': '已下载 {name}（{count} 个句对）。' },
  origin: {
    confirmed: { en: 'confirmed', 'zh-CN': '已确认' },
    aligned: { en: 'aligned', 'zh-CN': '对齐' },
    imported: { en: 'imported', 'zh-CN': '导入' },
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
