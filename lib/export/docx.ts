import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from './document';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Text runs with line breaks kept. */
const runs = (text: string, bold = false): TextRun[] => text.split('\n').map((line, index) => new TextRun({ text: line, bold, break: index > 0 ? 1 : 0 }));

function toParagraphs(block: Block): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: runs(block.text) })];
    case 'paragraph':
      return block.text.split(/\n\s*\n/).map((part) => new Paragraph({ children: runs(part.trim()) }));
    case 'fields':
      return block.fields.map(([label, value]) => new Paragraph({ children: [...runs(`${label}: `, true), ...runs(value)] }));
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.headers.map((header) => new TableCell({ children: [new Paragraph({ children: runs(header, true) })] })) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) })),
          ],
        }),
      ];
    case 'signatures':
      return block.lines.flatMap((line) => [
        new Paragraph({ spacing: { before: 480 }, children: runs('______________________________________') }),
        new Paragraph({ children: runs(line) }),
      ]);
  }
}

/** The summary as a Word document. Loaded only when the user downloads one (docx is large). */
export function buildDocx(blocks: readonly Block[], meta: { title: string; language: string }): Document {
  return new Document({
    title: meta.title,
    creator: 'Samtale',
    sections: [{ children: blocks.flatMap(toParagraphs) }],
  });
}

export async function docxBlob(blocks: readonly Block[], meta: { title: string; language: string }): Promise<Blob> {
  return Packer.toBlob(buildDocx(blocks, meta));
}

export async function docxBuffer(blocks: readonly Block[], meta: { title: string; language: string }): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocx(blocks, meta)));
}
