import { buildXml } from './xml';

/**
 * Fonts for every .docx export. Chinese runs name a CJK serif font for `w:eastAsia`, Latin runs a serif
 * font. Word has no per-run fallback list, so the font table says what to use when the font is missing:
 * `w:altName` names the alternative (SimSun is on every Chinese Windows), and `w:charset` 86 (GB2312) lets
 * Word and LibreOffice substitute any installed Simplified Chinese font (Songti SC on macOS).
 */
export const CJK_FONT = 'Noto Serif CJK SC';
export const CJK_FALLBACK = 'SimSun';
export const LATIN_FONT = 'Times New Roman';
export const LATIN_FALLBACK = 'Liberation Serif';

/** The rFonts for a run that may hold both scripts. */
export const RUN_FONTS = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: CJK_FONT } as const;

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/fontTable.xml declaring both fonts with their fallbacks; given to docx's Packer as an override. */
export function fontTableXml(): string {
  const font = (name: string, altName: string, charset: string, family: string) => ({
    '@_w:name': name,
    'w:altName': { '@_w:val': altName },
    'w:charset': { '@_w:val': charset },
    'w:family': { '@_w:val': family },
    'w:pitch': { '@_w:val': 'variable' },
  });
  return buildXml({
    'w:fonts': {
      '@_xmlns:w': W_NS,
      'w:font': [
        font(LATIN_FONT, LATIN_FALLBACK, '00', 'roman'),
        font(CJK_FONT, CJK_FALLBACK, '86', 'roman'),
        font(CJK_FALLBACK, '宋体', '86', 'roman'),
      ],
    },
  });
}

export const FONT_TABLE_OVERRIDE = () => [{ path: 'word/fontTable.xml', data: fontTableXml() }];
