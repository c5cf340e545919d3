import type { Block } from '../../lib/export/document';

/** Renders the export's document tree as elements (never as HTML strings): the preview and the print view. */
export function DocumentPreview({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div class="document">
      {blocks.map((block) => {
        switch (block.type) {
          case 'heading': {
            const Tag = `h${block.level + 1}` as 'h2' | 'h3' | 'h4';
            return <Tag class={`doc-h${block.level}`}>{block.text}</Tag>;
          }
          case 'paragraph':
            return <p class="doc-text">{block.text}</p>;
          case 'fields':
            return (
              <dl class="doc-fields">
                {block.fields.map(([label, value]) => (
                  <div>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'list':
            return (
              <ul>
                {block.items.map((item) => (
                  <li class="doc-text">{item}</li>
                ))}
              </ul>
            );
          case 'table':
            return (
              <div class="table-scroll">
                <table role="table">
                  <thead role="rowgroup">
                    <tr role="row">
                      {block.headers.map((header) => (
                        <th scope="col" role="columnheader">{header}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {block.rows.map((row) => (
                      <tr role="row">
                        {row.map((cell, column) => (
                          // Its column's name, shown before it where a narrow panel stacks each row as a card.
                          <td role="cell" class="doc-text" data-label={block.headers[column]}>
                            {cell}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'signatures':
            return (
              <div class="signatures">
                {block.lines.map((line) => (
                  <p class="signature-line">{line}</p>
                ))}
              </div>
            );
        }
      })}
    </div>
  );
}
