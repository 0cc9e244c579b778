import type { Lexicon } from '../../../main/alignment/types';

/** A hand-made Chinese-English word list for constructed alignment cases. */
const WORDS: Record<string, string[]> = {
  市委: ['municipal Party committee'], 召开: ['to convene', 'to hold'], 全体会议: ['plenary session'],
  会议: ['meeting', 'conference'], 经济: ['economy', 'economic'], 工作: ['work'], 发展: ['development', 'to develop'],
  制造业: ['manufacturing'], 企业: ['enterprise', 'company'], 投资: ['investment'], 项目: ['project'],
  交通: ['transport', 'traffic'], 大桥: ['bridge'], 通车: ['to open to traffic'], 学校: ['school'], 学生: ['student'],
  老师: ['teacher'], 农村: ['countryside', 'rural'], 农民: ['farmer'], 收入: ['income'], 提高: ['to raise', 'to increase'],
  医院: ['hospital'], 医生: ['doctor'], 病人: ['patient'], 天气: ['weather'], 下雨: ['to rain'], 河流: ['river'],
  污染: ['pollution'], 治理: ['to control', 'governance'], 公园: ['park'], 树木: ['tree'], 种植: ['to plant'],
  游客: ['tourist', 'visitor'], 博物馆: ['museum'], 开放: ['to open'], 书记: ['secretary'], 讲话: ['speech'],
  强调: ['to stress', 'to emphasize'], 要求: ['to demand', 'requirement'], 干部: ['official', 'cadre'],
  群众: ['the masses', 'the public'], 服务: ['service', 'to serve'], 安全: ['safety', 'security'], 生产: ['production'],
  检查: ['to inspect', 'inspection'], 工厂: ['factory'], 工人: ['worker'], 工资: ['wage', 'salary'], 增长: ['growth', 'to grow'],
};

export const smallLexicon: Lexicon = {
  maxWordLength: 4,
  lookup: (word) => WORDS[word],
};
