/**
 * Rows as an aligned text table (two spaces between columns, numeric columns right-aligned),
 * one line per row, each ending in a newline.
 *   formatTextTable(["DEVICE", "P99 MS"], [["dock-3/fl-7", "41"]], [1]);
 */
export function formatTextTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, numericColumns: readonly number[] = []): string {
  const table = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...table.map((cells) => (cells[k] ?? "").length)));
  const numeric = new Set(numericColumns);
  return table
    .map((cells) =>
      header
        .map((_, k) => {
          const cell = cells[k] ?? "";
          return numeric.has(k) ? cell.padStart(widths[k] as number) : cell.padEnd(widths[k] as number);
        })
        .join("  ")
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join("");
}

/** A figure with up to 4 significant digits; "-" for none. */
export const formatFigure = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? "-" : String(Number(v.toPrecision(4))));
