import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { RUN_FONTS } from './docx-fonts';

/** What every .docx export shares: fonts, page numbers, page geometry. */

/** Half-points, as docx wants them. */
export const BODY_SIZE = 21; // 10.5 pt, 五号, the size of Chinese official documents
export const SMALL_SIZE = 17;
export const GREY = '6B6B6B';

export const documentDefaults = {
  default: {
    // The East Asian language picks the Simplified Chinese glyph forms (and the SC face of a CJK font collection).
    document: { run: { font: RUN_FONTS, size: BODY_SIZE, language: { value: 'en-GB', eastAsia: 'zh-CN' } } },
  },
};

/** A4 in twentieths of a point, with margins that leave a table room. */
export const A4 = { width: 11906, height: 16838 };
export const MARGIN = 1000;

export function pageProperties(landscape: boolean): ISectionPropertiesOptions {
  // docx swaps width and height itself when the orientation is landscape.
  return {
    page: {
      size: { width: A4.width, height: A4.height, orientation: landscape ? 'landscape' : 'portrait' },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 500, footer: 500 },
    },
  };
}

export function textWidth(landscape: boolean): number {
  return (landscape ? A4.height : A4.width) - 2 * MARGIN;
}

/** "Page 3 of 12", centred in the footer. */
export function pageNumberFooter(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: SMALL_SIZE, color: GREY })],
        }),
      ],
    }),
  };
}

/** Runs for a text that may hold line breaks: Word wants a break element, not a newline character. */
export function runsWithBreaks(text: string, style: Omit<ConstructorParameters<typeof TextRun>[0] & object, 'text'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}
