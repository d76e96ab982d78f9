import { css } from 'lit';

/** The scenario editor's layout: header with actions, tabs, fieldsets of groups and classes. */
export const editorStyles = css`
  .head { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; align-items: flex-start; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .tabs { display: flex; gap: 0.25rem; margin: 0.5rem 0 1rem; }
  .notice { background: #eef4fc; border: 1px solid #c8d9f2; border-radius: 6px; padding: 0.5rem 0.75rem; }
  fieldset { border: 1px solid var(--sl-line); border-radius: 8px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
  legend { font-weight: 700; padding: 0 0.3rem; }
  fieldset.days { border: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
  fieldset.days legend { font-weight: 600; font-size: 0.95rem; padding: 0; margin-bottom: 0.2rem; width: 100%; }
  label.day { flex-direction: row; align-items: center; gap: 0.2rem; font-weight: 400; }
  .shift { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr auto; gap: 0.75rem; align-items: end; margin-bottom: 0.75rem; }
  .route { margin: 0.5rem 0; }
  textarea.json { width: 100%; min-height: 32rem; font: 0.9rem/1.4 ui-monospace, monospace; box-sizing: border-box; }
`;
