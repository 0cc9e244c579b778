import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { seedText } from '../document/seeds';

/** A real .docx written by the docx package: a heading and the first body paragraphs of seed 003. */
export async function seedDocx(): Promise<Buffer> {
  const lines = seedText('003').split('\n');
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('火炬开发区召开上半年工作总结暨下半年工作部署大会')] }),
          new Paragraph({ children: [new TextRun(lines[0]!)] }),
          new Paragraph({ children: [new TextRun(lines[1]!.slice(0, 20)), new TextRun({ text: lines[1]!.slice(20), bold: true })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('聚焦全面深化改革')] }),
          new Paragraph({ children: [new TextRun(lines[3]!)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
