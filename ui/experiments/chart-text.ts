import { wrapLabel } from './chart-format.ts';

/** The type of a chart's labels: as drawn on screen, and in a short (printed) chart. */
export const CHART_TYPE = {
  normal: { fontSize: 14, lineHeight: 18 },
  short: { fontSize: 11, lineHeight: 13 },
} as const;
/** A chart at most this tall (px) is short: its type is CHART_TYPE.short, as when printed. */
export const SHORT_CHART_HEIGHT = 330;
/** The widest a legend item's text is drawn (px): a longer name is cut short with an ellipsis. */
export const LEGEND_TEXT_WIDTH = 260;
/** A legend item's width besides its text (px): the colour swatch, its gap and the gap to the next. */
const LEGEND_ITEM_EXTRA = 25 + 5 + 10;

/**
 * The width (px) a text takes on a chart: an average glyph is about 0.55 of the font size in
 * the system sans-serif fonts.
 *
 * @example
 * textWidth('P1 critical', 14) // => 85 (11 characters × 7.7 px)
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.round(text.length * fontSize * 0.55);
}

/**
 * How many rows a horizontal legend of these names takes on a chart `chartWidth` px wide, the
 * items packed left to right as ECharts does, each name cut at LEGEND_TEXT_WIDTH.
 *
 * @example
 * legendRows(['Base', 'Two more'], 600, 14) // => 1
 */
export function legendRows(names: readonly string[], chartWidth: number, fontSize: number): number {
  const available = chartWidth - 10;
  let rows = names.length === 0 ? 0 : 1;
  let used = 0;
  for (const name of names) {
    const width = Math.min(textWidth(name, fontSize), LEGEND_TEXT_WIDTH) + LEGEND_ITEM_EXTRA;
    if (used > 0 && used + width > available) {
      rows += 1;
      used = 0;
    }
    used += width;
  }
  return rows;
}

/**
 * A label wrapped between words into lines of about `chars` characters; a word longer than
 * two characters more than that is cut into pieces, so that it cannot run into its neighbour.
 *
 * @example
 * wrapWords('Six at the desk', 8) // => 'Six at\nthe desk'
 * wrapWords('=HYPERLINK("x")', 8) // => '=HYPERLI\nNK("x")'
 */
export function wrapWords(text: string, chars: number): string {
  return wrapLabel(text, chars)
    .split('\n')
    .flatMap((line) =>
      line.length <= chars + 2
        ? [line]
        : Array.from({ length: Math.ceil(line.length / chars) }, (_, i) =>
            line.slice(i * chars, (i + 1) * chars),
          ),
    )
    .join('\n');
}

/**
 * The type sizes of a chart's axes and legend at one size of CHART_TYPE: axis labels a point
 * smaller than the axis names and legend.
 */
export function chartTypeOption(fontSize: number): Record<string, unknown> {
  const axis = { axisLabel: { fontSize: fontSize - 1 }, nameTextStyle: { fontSize } };
  return { legend: { textStyle: { fontSize } }, xAxis: axis, yAxis: axis };
}

/**
 * ECharts media queries giving a short chart (at most SHORT_CHART_HEIGHT px tall, as when
 * printed) smaller type, its plot starting `shortTop` px down instead of `top` (the room its
 * smaller legend and labels take).
 *
 * @example
 * shortChartMedia(76, 64)[1].query // => { maxHeight: 330 }
 */
export function shortChartMedia(top: number, shortTop: number): Record<string, unknown>[] {
  const size = (fontSize: number, gridTop: number) => ({
    ...chartTypeOption(fontSize),
    grid: { top: gridTop },
  });
  return [
    { query: { minHeight: SHORT_CHART_HEIGHT + 1 }, option: size(CHART_TYPE.normal.fontSize, top) },
    { query: { maxHeight: SHORT_CHART_HEIGHT }, option: size(CHART_TYPE.short.fontSize, shortTop) },
  ];
}
