import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { shared } from '../styles/shared.ts';
import { downloadFile, fileName } from './download.ts';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** An ECharts option (kept loose: each view builds its own, see ui/charts/). */
export type ChartOption = Record<string, unknown>;

/** Type sizes that read on a projector; every chart starts from these. */
const BASE = {
  aria: { enabled: true },
  textStyle: { fontSize: 14, fontFamily: 'system-ui, sans-serif' },
  // Ten colours told apart also by most colour-blind readers (after Okabe & Ito), blue first.
  color: [
    '#1f5fbf',
    '#e07b00',
    '#6a3d9a',
    '#23824a',
    '#56b4e9',
    '#5b6574',
    '#c79a00',
    '#cc79a7',
    '#8c510a',
    '#c0392b',
  ],
  animationDuration: 300,
};

/**
 * A chart with a title, drawn by ECharts, and buttons to save it as PNG or SVG.
 * Properties: `option` (an ECharts option), `heading` (the title, also the file name),
 * `height` (CSS length, default 320px).
 */
export class SlChart extends LitElement {
  static override properties = {
    option: { attribute: false },
    heading: { type: String },
    height: { type: String },
  };
  declare option: ChartOption | null;
  declare heading: string;
  declare height: string;
  private chart: echarts.ECharts | null = null;
  private observer: ResizeObserver | null = null;

  static override styles = [
    shared,
    css`
      .head { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
      h3 { margin: 0 0 0.4rem; }
      .tools { display: flex; gap: 0.3rem; flex: none; }
      .tools button { padding: 0.2rem 0.55rem; font-size: 0.85rem; }
      .plot { width: 100%; }
      @media print {
        .plot { height: var(--sl-print-chart-height, 200px) !important; }
        h3 { font-size: 0.85rem; }
      }
    `,
  ];

  constructor() {
    super();
    this.option = null;
    this.heading = '';
    this.height = '320px';
  }

  override render() {
    return html`<div class="head">
        <h3>${this.heading}</h3>
        <span class="tools no-print">
          <button class="secondary" @click=${() => this.save('png')} aria-label="Save ${this.heading} as PNG">PNG</button>
          <button class="secondary" @click=${() => this.save('svg')} aria-label="Save ${this.heading} as SVG">SVG</button>
        </span>
      </div>
      <div class="plot" role="img" aria-label=${this.heading} style="height:${this.height}"></div>`;
  }

  /** Printing lays the page out anew: the chart is redrawn at its printed size, then back. */
  private readonly resize = () => this.chart?.resize();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.resize);
    window.addEventListener('afterprint', this.resize);
    // Moved in the page (disconnected, then connected again): draw afresh.
    if (this.hasUpdated && this.chart === null) this.firstUpdated();
  }

  override firstUpdated(): void {
    const plot = this.renderRoot.querySelector('.plot') as HTMLDivElement;
    this.chart = echarts.init(plot, null, { renderer: 'canvas' });
    this.observer = new ResizeObserver(this.resize);
    this.observer.observe(plot);
    this.draw();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('option') && this.chart !== null) this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.resize);
    window.removeEventListener('afterprint', this.resize);
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = null;
  }

  private draw(): void {
    if (this.chart === null || this.option === null) return;
    this.chart.setOption({ ...BASE, ...this.option }, true);
  }

  /** Saves the chart: PNG from the canvas at twice the screen resolution, SVG drawn afresh. */
  save(format: 'png' | 'svg'): void {
    if (this.chart === null || this.option === null) return;
    const name = fileName(this.heading || 'chart', format);
    if (format === 'png') {
      const url = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      downloadFile(name, url);
      return;
    }
    const width = this.chart.getWidth();
    const height = this.chart.getHeight();
    const svg = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    svg.setOption({ ...BASE, ...this.option, animation: false, backgroundColor: '#fff' });
    const text = svg.renderToSVGString();
    svg.dispose();
    downloadFile(name, new Blob([text], { type: 'image/svg+xml' }));
  }
}

customElements.define('sl-chart', SlChart);

declare global {
  interface HTMLElementTagNameMap {
    'sl-chart': SlChart;
  }
}
