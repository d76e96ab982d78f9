import { describe, expect, it } from 'vitest';
import {
  CHART_WIDTHS,
  categoryLabels,
  categoryMedia,
} from '../../../ui/experiments/category-media.ts';
import {
  CHART_TYPE,
  legendRows,
  shortChartMedia,
  textWidth,
  wrapWords,
} from '../../../ui/experiments/chart-text.ts';

describe('chart text', () => {
  it('takes an average glyph as 0.55 of the font size', () => {
    // 11 characters × 14 px × 0.55 = 84.7 px.
    expect(textWidth('P1 critical', 14)).toBe(85);
  });

  it('packs legend items into rows as wide as the chart, less its padding', () => {
    // 'Base' 31 + 40 and 'Two more' 62 + 40 px: 173 px, one row of 590.
    expect(legendRows(['Base', 'Two more'], 600, 14)).toBe(1);
    // Three items of 25 characters (193 + 40 px): two do not fit in 390 px, so three rows.
    const long = 'Office-hours service desk';
    expect(legendRows([long, long, long], 400, 14)).toBe(3);
    // A 100-character name is cut at 260 px: 300 px, one row of 390.
    expect(legendRows(['x'.repeat(100)], 400, 14)).toBe(1);
    expect(legendRows([], 400, 14)).toBe(0);
  });

  it('wraps between words, cutting only a word much longer than a line', () => {
    expect(wrapWords('Six at the desk', 8)).toBe('Six at\nthe desk');
    // 9 characters stay whole in lines of 8; 15 do not.
    expect(wrapWords('projector', 8)).toBe('projector');
    expect(wrapWords('=HYPERLINK("x")', 8)).toBe('=HYPERLI\nNK("x")');
  });

  it('gives a short chart smaller type and its own top margin, a tall one the normal', () => {
    const [tall, short] = shortChartMedia(76, 65);
    expect(tall).toMatchObject({
      query: { minHeight: 331 },
      option: { legend: { textStyle: { fontSize: 14 } }, grid: { top: 76 } },
    });
    expect(short).toMatchObject({
      query: { maxHeight: 330 },
      option: { legend: { textStyle: { fontSize: 11 } }, grid: { top: 65 } },
    });
  });
});

describe('categoryLabels', () => {
  const two = { categories: ['Base', 'Two more'], legend: [], left: 80, right: 20, top: 16 };

  it('wraps each label into the room its category has', () => {
    // (320 − 80 − 20) / 2 = 110 px a category, labels 102 px: 13 characters of 7.7 px.
    const labels = categoryLabels(two, 320, CHART_TYPE.normal);
    expect(labels.perCategory).toBe(110);
    expect(labels.charsPerLine).toBe(13);
    expect(labels.axisLabel).toMatchObject({ width: 102, overflow: 'none', rotate: 0 });
    expect(labels.axisLabel.formatter('Two more at the desk')).toBe('Two more at\nthe desk');
    // One line of 18 px and 16 px of margin below; no legend, so the top as given.
    expect(labels.grid).toEqual({ top: 16, bottom: 34, right: 20 });
    expect(labels.legend).toBeNull();
  });

  it('counts the lines of the longest label in the bottom margin', () => {
    // 13 characters a line: "Tiered / service desk / with three / resolver / groups", 5 lines.
    const layout = {
      ...two,
      categories: ['Base', 'Tiered service desk with three resolver groups'],
    };
    const labels = categoryLabels(layout, 320, CHART_TYPE.normal);
    expect(labels.axisLabel.formatter('Tiered service desk with three resolver groups')).toBe(
      'Tiered\nservice desk\nwith three\nresolver\ngroups',
    );
    expect(labels.grid.bottom).toBe(5 * 18 + 16);
  });

  it('slants and cuts the labels when a category has too little room', () => {
    // (320 − 90 − 24) / 7 = 29 px a category: less than the 64 a wrapped label needs.
    const seven = { ...two, categories: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], left: 90, right: 24 };
    const labels = categoryLabels(seven, 320, CHART_TYPE.normal);
    expect(labels.axisLabel).toMatchObject({ width: 180, overflow: 'truncate', rotate: 40 });
    // A label 180 px long slanted at 40° reaches about 0.65 × 180 = 117 px down.
    expect(labels.grid.bottom).toBe(117 + 16);
  });

  it('leaves room for the legend rows above the plot', () => {
    const layout = { ...two, legend: ['Base', 'Variant'], left: 80, right: 24, top: 32 };
    // One row of legend (24 px) below the 32 px given.
    expect(categoryLabels(layout, 520, CHART_TYPE.normal).grid.top).toBe(56);
  });

  it('puts a short chart’s legend beside the plot when asked', () => {
    const layout = {
      ...two,
      categories: ['P1', 'P2'],
      legend: ['Base', 'Variant'],
      left: 80,
      right: 24,
      top: 32,
      legendBeside: true,
    };
    const labels = categoryLabels(layout, 520, CHART_TYPE.short);
    // "Variant" is 42 px at 11 px; 34 px more for the swatch and gaps.
    expect(labels.grid.right).toBe(24 + 42 + 34);
    expect(labels.perCategory).toBe((520 - 80 - 100) / 2);
    // No legend row above: the top given, scaled to the smaller type (32 × 11 / 14 = 25).
    expect(labels.grid.top).toBe(25);
    expect(labels.legend).toMatchObject({ orient: 'vertical', right: 0, top: 'middle' });
    // A tall chart keeps the legend above.
    expect(categoryLabels(layout, 520, CHART_TYPE.normal).legend).toMatchObject({
      orient: 'horizontal',
      top: 0,
    });
  });
});

describe('categoryMedia', () => {
  const layout = {
    categories: ['Base', 'Two more'],
    legend: ['Staff', 'Users'],
    left: 90,
    right: 24,
    top: 24,
  };
  const media = categoryMedia(layout, (perCategory, fontSize) => ({
    series: [{ label: { fontSize, room: perCategory } }],
  }));

  it('has a band for every width, then its short version', () => {
    expect(media.length).toBe(2 * CHART_WIDTHS.length);
    expect(media.slice(0, 3).map((m) => m.query)).toEqual([
      { minWidth: 0 },
      { minWidth: 0, maxHeight: 330 },
      { minWidth: 360 },
    ]);
  });

  it('sets the same keys in every band, so that the last band matching decides', () => {
    const keys = media.map((m) =>
      Object.keys(m.option as object)
        .sort()
        .join(),
    );
    expect(new Set(keys)).toEqual(new Set(['grid,legend,series,xAxis,yAxis']));
  });

  it('works the narrowest band out for a chart of 320 px, and passes the room on', () => {
    // (320 − 90 − 24) / 2 = 103 px a category.
    expect(media[0]?.option).toMatchObject({
      series: [{ label: { fontSize: 14, room: 103 } }],
      xAxis: { axisLabel: { fontSize: 14, lineHeight: 18, width: 95 } },
    });
    expect(media[1]?.option).toMatchObject({ series: [{ label: { fontSize: 11, room: 103 } }] });
  });
});
