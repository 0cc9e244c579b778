/**
 * Publishers whose English texts count as official or state-media usage. An entry of the built-in
 * term base may be `approved` only when one of its sources names one of these authorities.
 */
export const OFFICIAL_AUTHORITIES = [
  'State Council',
  'gov.cn',
  'Xinhua',
  "People's Daily",
  'China Daily',
  'Qiushi',
  'SCIO',
  'China.org.cn',
  'CGTN',
  'China Military Online',
  'Global Times',
  'Ministry of Foreign Affairs',
  'Guangdong Provincial Government',
  'Newsgd (Nanfang Media Group)',
  'Zhongshan Municipal Government',
  'Zhongshan Daily',
  'Meizhou Municipal Government',
  'HKSAR Government',
] as const;

export function isOfficialAuthority(authority: string): boolean {
  return (OFFICIAL_AUTHORITIES as readonly string[]).includes(authority);
}
