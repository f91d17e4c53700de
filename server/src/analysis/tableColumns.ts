// A failure table states its parts by column: every cell under "What breaks" is a failure mode, every cell under
// "Mitigation" what is done about it ("| Redis down | search can't show slots | fall back to Postgres |"). A
// cell says "Redis down" with none of the words prose needs ("if Redis is down"), so the column title decides.
import { indexAtOrBefore, type DesignDocument } from './document/model';

/** A column whose cells name what breaks. */
export const FAILURE_COLUMN = /^\W*(?:what\s+(?:breaks|fails|goes\s+wrong|can\s+go\s+wrong)|failures?(?:\s+modes?)?|failure\s+scenarios?|scenarios?|faults?)\W*$/i;

/** A column whose cells say what is done about each row ("Mitigation", "Handling", "Fix", "Response"). */
export const RESPONSE_COLUMN = /^\W*(?:primary\s+)?(?:mitigations?|handling|fix(?:es)?|response|recovery|what\s+we\s+do|action)\W*$/i;

/** A cell that holds nothing yet: a dash, a question mark, "TBD", "none". */
const PLACEHOLDER_CELL = /^[\s\p{P}\p{S}]*(?:(?:tbd|todo|none|n\/a|unknown|nothing)(?:\s+yet)?[\s\p{P}]*)?$/iu;

export interface ColumnCell {
  start: number;
  end: number;
  /** The cell's first sentence. */
  sentence: number;
}

function blockText(doc: DesignDocument, block: number): string {
  return doc.evidence.slice(doc.blocks[block].start, doc.blocks[block].end);
}

/** Column of the table's header that the title pattern names, or -1. */
export function columnTitled(doc: DesignDocument, table: number, title: RegExp): number {
  const header = doc.tables[table].rows[0] ?? [];
  return header.findIndex((b) => title.test(blockText(doc, b)));
}

/**
 * A body row's cell in the column, when the row has one: the parser keeps no block for an empty cell, so only a
 * full row, or a column before the first missing cell, is known to line up with the header.
 */
export function cellInColumn(doc: DesignDocument, table: number, row: readonly number[], column: number): number | undefined {
  const width = doc.tables[table].rows[0]?.length ?? 0;
  return row.length === width || column < row.length ? row[column] : undefined;
}

export function isPlaceholderCell(doc: DesignDocument, block: number): boolean {
  return PLACEHOLDER_CELL.test(blockText(doc, block));
}

/** Indices of the tables starting in [start, end), in text order: found by bisection, as sections ask once each. */
export function tablesIn(doc: DesignDocument, start: number, end: number): number[] {
  const out: number[] = [];
  const before = indexAtOrBefore(doc.tables, start - 1);
  for (let t = before + 1; t < doc.tables.length && doc.tables[t].start < end; t++) out.push(t);
  return out;
}

/** The first filled cell, in tables starting in [start, end), under a column the title pattern names. */
export function firstCellUnder(doc: DesignDocument, start: number, end: number, title: RegExp): ColumnCell | undefined {
  for (const t of tablesIn(doc, start, end)) {
    const table = doc.tables[t];
    const column = columnTitled(doc, t, title);
    if (column < 0) continue;
    for (const row of table.rows.slice(1)) {
      const cell = cellInColumn(doc, t, row, column);
      if (cell === undefined || isPlaceholderCell(doc, cell)) continue;
      const block = doc.blocks[cell];
      return { start: block.start, end: block.end, sentence: block.sentenceStart };
    }
  }
  return undefined;
}
