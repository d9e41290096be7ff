/** The token lists inside marked's container tokens, for walks that descend into them. */
import type { Token, Tokens } from 'marked';

/** Each item's tokens of a list. */
export function itemTokenLists(list: Token): Token[][] {
  return (list as Tokens.List).items.map((item) => item.tokens);
}

/** A table's cells, header first, row by row. */
export function tableCells(table: Token): Tokens.TableCell[] {
  const { header, rows } = table as Tokens.Table;
  return [...header, ...rows.flat()];
}
