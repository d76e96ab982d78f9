import {
  CHART_TYPE,
  chartTypeOption,
  LEGEND_TEXT_WIDTH,
  legendRows,
  SHORT_CHART_HEIGHT,
  textWidth,
  wrapWords,
} from './chart-text.ts';

/**
 * The chart widths (px) from which a category chart lays its labels out anew, narrowest first:
 * the first applies to any narrower chart too, and is worked out as if the chart were
 * NARROWEST_CHART px wide.
 */
export const CHART_WIDTHS = [
  0, 360, 400, 440, 480, 520, 560, 600, 640, 700, 760, 820, 900, 1000, 1150, 1300,
] as const;
/** The width (px) the narrowest band is worked out for. */
const NARROWEST_CHART = 320;
/** The least width (px) a category label is wrapped into; narrower categories get slanted labels. */
const LEAST_LABEL_WIDTH = 56;
/** The width (px) of a slanted label, cut short with an ellipsis beyond it. */
const SLANTED_LABEL_WIDTH = 180;

/** What a category chart's labels need: the categories, the legend's names and the margins. */
export interface CategoryLayout {
  categories: readonly string[];
  /** The names in the legend (none when the chart has no legend). */
  legend: readonly string[];
  /** The grid's left and right margins (px), room for the value axis. */
  left: number;
  right: number;
  /** The room (px) above the plot besides the legend's rows, at the normal type size. */
  top: number;
  /** Whether a short chart's legend goes in a column at the right, leaving the height to the plot. */
  legendBeside?: boolean;
}

/** The widest a legend name is drawn beside a short chart (px), cut short with an ellipsis. */
const BESIDE_TEXT_WIDTH = 140;

/** Where the legend goes: above the plot, centred, or in a column at the right. */
function legendPlace(beside: boolean, fontSize: number): Record<string, unknown> {
  return beside
    ? {
        orient: 'vertical',
        left: 'auto',
        right: 0,
        top: 'middle',
        textStyle: { fontSize, width: BESIDE_TEXT_WIDTH },
      }
    : {
        orient: 'horizontal',
        left: 'center',
        right: 'auto',
        top: 0,
        textStyle: { fontSize, width: LEGEND_TEXT_WIDTH },
      };
}

/** The type of a chart: CHART_TYPE.normal or CHART_TYPE.short. */
type ChartType = (typeof CHART_TYPE)[keyof typeof CHART_TYPE];

/**
 * A category label's layout on a chart `chartWidth` px wide in type `type`, and the grid
 * margins it needs: wrapped between words into the room its category has (see wrapWords), or
 * slanted and cut short when the room is too little to wrap into; the plot below the legend's
 * rows (or left of it, in a short chart whose legend goes beside) and above the labels' lines.
 *
 * @example
 * categoryLabels({ categories: ['Base', 'Two more'], legend: [], left: 80, right: 20, top: 16 }, 320, CHART_TYPE.normal)
 * // => { perCategory: 110, charsPerLine: 13, axisLabel: { width: 102, overflow: 'none', rotate: 0, … }, grid: { top: 16, bottom: 34, right: 20 }, legend: null }
 */
export function categoryLabels(layout: CategoryLayout, chartWidth: number, type: ChartType) {
  const { fontSize, lineHeight } = type;
  const { categories, legend } = layout;
  const beside = layout.legendBeside === true && type === CHART_TYPE.short && legend.length > 0;
  const besideWidth = Math.min(
    BESIDE_TEXT_WIDTH,
    Math.max(...legend.map((n) => textWidth(n, fontSize))),
  );
  const right = layout.right + (beside ? besideWidth + 34 : 0);
  const perCategory = (chartWidth - layout.left - right) / Math.max(1, categories.length);
  const slanted = perCategory < LEAST_LABEL_WIDTH + 8;
  const width = slanted ? SLANTED_LABEL_WIDTH : Math.floor(perCategory) - 8;
  const charsPerLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
  const lines = Math.max(
    1,
    ...categories.map((c) => wrapWords(c, charsPerLine).split('\n').length),
  );
  const rows = beside ? 0 : legendRows(legend, chartWidth, fontSize);
  const scale = fontSize / CHART_TYPE.normal.fontSize;
  return {
    perCategory,
    charsPerLine,
    axisLabel: slanted
      ? { width, overflow: 'truncate', rotate: 40, formatter: (name: string) => name }
      : {
          width,
          overflow: 'none',
          rotate: 0,
          formatter: (name: string) => wrapWords(name, charsPerLine),
        },
    grid: {
      top: Math.round(layout.top * scale) + Math.round(fontSize * 1.7) * rows,
      bottom: slanted ? Math.round(width * 0.65) + 16 : lines * lineHeight + 16,
      right,
    },
    legend: legend.length === 0 ? null : legendPlace(beside, fontSize),
  };
}

/** Options that depend on the room (px) each category has and the font size (px). */
export type RoomOption = (perCategory: number, fontSize: number) => Record<string, unknown>;

/** One band's option: the labels' layout, the type, and `extra`'s options merged in. */
function bandOption(
  layout: CategoryLayout,
  chartWidth: number,
  type: ChartType,
  extra: RoomOption,
) {
  const labels = categoryLabels(layout, chartWidth, type);
  const sizes = chartTypeOption(type.fontSize) as Record<string, Record<string, unknown>>;
  const more = extra(labels.perCategory, type.fontSize) as Record<string, Record<string, unknown>>;
  const option: Record<string, unknown> = {
    ...more,
    grid: labels.grid,
    xAxis: { axisLabel: { ...labels.axisLabel, ...type } },
    yAxis: { ...more.yAxis, ...sizes.yAxis },
  };
  if (labels.legend !== null) option.legend = labels.legend;
  return option;
}

/**
 * ECharts media queries that keep a category chart readable at every width and height: each
 * category's label wrapped into the room its category has (slanted and cut short when that is
 * too little), the plot moved below the legend's rows and above the labels' lines, and smaller
 * type in a short chart (at most SHORT_CHART_HEIGHT px tall, as when printed). Every band sets
 * every key, so that the last band matching wins whatever was applied before. `extra` adds
 * options that depend on the room each category has and the type size.
 *
 * @example
 * categoryMedia(layout).map((m) => m.query).slice(0, 3)
 * // => [{ minWidth: 0 }, { minWidth: 0, maxHeight: 330 }, { minWidth: 360 }]
 */
export function categoryMedia(
  layout: CategoryLayout,
  extra: RoomOption = () => ({}),
): Record<string, unknown>[] {
  return CHART_WIDTHS.flatMap((minWidth) => {
    const width = Math.max(minWidth, NARROWEST_CHART);
    return [
      { query: { minWidth }, option: bandOption(layout, width, CHART_TYPE.normal, extra) },
      {
        query: { minWidth, maxHeight: SHORT_CHART_HEIGHT },
        option: bandOption(layout, width, CHART_TYPE.short, extra),
      },
    ];
  });
}
