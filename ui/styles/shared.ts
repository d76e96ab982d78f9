import { css } from 'lit';

/**
 * The look every view shares: large type that reads on a projector, few colours (blue for the
 * subject, red/amber/green only against a target), visible keyboard focus.
 */
export const shared = css`
  :host {
    display: block;
    --sl-blue: #1f5fbf;
    --sl-red: #c0392b;
    --sl-amber: #8a5a00;
    --sl-green: #1b6b3c;
    --sl-grey: #5b6574;
    --sl-line: #d6dbe3;
    --sl-card: #ffffff;
  }
  h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
  .card > h2:first-child, section.card > h2:first-of-type { margin-top: 0; }
  h2 { font-size: 1.25rem; margin: 1.25rem 0 0.5rem; }
  h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
  p { margin: 0.4rem 0; }
  a { color: var(--sl-blue); }
  .muted { color: var(--sl-grey); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .hint { color: var(--sl-grey); font-size: 0.875rem; }
  .card {
    background: var(--sl-card);
    border: 1px solid var(--sl-line);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    margin: 0 0 1rem;
  }
  .row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
  .grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
  label { display: flex; flex-direction: column; gap: 0.2rem; font-weight: 600; font-size: 0.95rem; }
  label .hint { font-weight: 400; }
  input, select, textarea {
    font: inherit;
    padding: 0.4rem 0.5rem;
    border: 1px solid #aab3c0;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  input[aria-invalid='true'], textarea[aria-invalid='true'] { border-color: var(--sl-red); }
  .field-error { color: var(--sl-red); font-size: 0.875rem; font-weight: 400; }
  button, .button {
    font: inherit;
    padding: 0.45rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--sl-blue);
    background: var(--sl-blue);
    color: #fff;
    cursor: pointer;
    text-decoration: none;
    display: inline-block;
  }
  button.secondary, .button.secondary { background: #fff; color: var(--sl-blue); }
  button.danger { background: #fff; color: var(--sl-red); border-color: var(--sl-red); }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  :focus-visible { outline: 3px solid #1d2430; outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--sl-line); vertical-align: top; }
  th { font-weight: 600; color: var(--sl-grey); font-size: 0.9rem; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .error { color: var(--sl-red); background: #fdecea; border: 1px solid #f5c6c1; border-radius: 6px; padding: 0.6rem 0.8rem; }
  .ok { color: var(--sl-green); }
  .missed { color: var(--sl-red); }
  .uncertain { color: var(--sl-amber); }
  .badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.85rem; font-weight: 600; border: 1px solid currentColor; }
  @media print {
    .no-print { display: none !important; }
    .card { break-inside: avoid; border-color: #999; }
  }
`;
