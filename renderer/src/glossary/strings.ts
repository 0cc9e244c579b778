import type { LocalizedText } from '../i18n/localized';

/** Strings of the glossary panel and term editor for saving to the team or personal glossary. */
export const GLOSSARY_TEXT = {
  saveTo: { en: 'Save to', 'zh-CN': '保存到' },
  layerChoice: {
    team: { en: 'Team glossary (shared with the desk)', 'zh-CN': '团队术语表（与同事共享）' },
    personal: { en: 'My personal glossary', 'zh-CN': '我的个人术语表' },
  },
  personalOnly: { en: 'Saved to your personal glossary: no team glossary is set up (Team side tab).', 'zh-CN': '将保存到个人术语表：尚未设置团队术语表（见“团队”侧栏）。' },
  teamRemovesOverride: {
    en: 'The team entry gets these values and your personal version is removed, so you see what the team shares.',
    'zh-CN': '团队条目将改为这些内容，你的个人版本将被删除，此后显示团队共享的版本。',
  },
  personalOverridesTeam: {
    en: 'A personal version sits on top of the team entry: the team’s later changes to it stay hidden from you until you remove it.',
    'zh-CN': '个人版本会覆盖团队条目：在你删除个人版本之前，团队之后对它的修改你都看不到。',
  },
  overrides: { en: 'overrides {layer}', 'zh-CN': '覆盖{layer}' },
  overrideNotice: { en: 'Your personal version overrides the {layer} entry, which says: {en}', 'zh-CN': '你的个人版本覆盖了{layer}条目，其译法为：{en}' },
  saved: {
    team: { en: 'Term “{zh}” saved to the team glossary; it is shared at the next sync.', 'zh-CN': '术语“{zh}”已保存到团队术语表，将在下次同步时共享。' },
    personal: { en: 'Term “{zh}” saved to your personal glossary.', 'zh-CN': '术语“{zh}”已保存到个人术语表。' },
  },
  noChanges: { en: 'Nothing changed.', 'zh-CN': '没有修改。' },
  deprecate: {
    team: { en: 'Deprecates it in the team glossary, for the whole desk', 'zh-CN': '在团队术语表中停用（对所有同事生效）' },
    personal: { en: 'Deprecates it in your personal glossary', 'zh-CN': '在个人术语表中停用' },
  },
  deprecated: {
    team: { en: 'Term “{zh}” deprecated in the team glossary.', 'zh-CN': '术语“{zh}”已在团队术语表中停用。' },
    personal: { en: 'Term “{zh}” deprecated in your personal glossary.', 'zh-CN': '术语“{zh}”已在个人术语表中停用。' },
  },
  deleteTeam: { en: 'Delete from team', 'zh-CN': '从团队删除' },
  deletePersonal: { en: 'Delete', 'zh-CN': '删除' },
  removeOverride: { en: 'Remove my version', 'zh-CN': '删除我的版本' },
  confirmDelete: { en: 'Click again to delete', 'zh-CN': '再次点击以删除' },
  deleted: {
    team: { en: 'Term “{zh}” deleted from the team glossary.', 'zh-CN': '术语“{zh}”已从团队术语表删除。' },
    personal: { en: 'Term “{zh}” deleted from your personal glossary.', 'zh-CN': '术语“{zh}”已从个人术语表删除。' },
  },
  overrideRemoved: { en: 'Your version of “{zh}” is removed; the {layer} entry shows again.', 'zh-CN': '已删除你的“{zh}”版本，重新显示{layer}条目。' },
  history: { en: 'History', 'zh-CN': '历史' },
  hideHistory: { en: 'Hide history', 'zh-CN': '收起历史' },
  noHistory: { en: 'No history yet.', 'zh-CN': '暂无历史记录。' },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
