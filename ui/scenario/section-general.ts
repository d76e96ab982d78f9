import { html, nothing } from 'lit';
import { dayPicker, type FormContext, field, listAt } from './form-context.ts';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'INR', 'AUD', 'CAD'].map((c) => ({
  value: c,
  label: c,
}));

/** Name and story of the scenario. */
export function aboutSection(ctx: FormContext) {
  return html`<section class="card" aria-labelledby="about-h">
    <h2 id="about-h">About</h2>
    <div class="grid">${field(ctx, 'name', 'Name')}</div>
    ${field(ctx, 'description', 'Description', { kind: 'textarea', hint: 'The situation this scenario describes, for whoever opens it next.' })}
  </section>`;
}

/** How many tickets arrive, and how much the daily volume varies. */
export function arrivalsSection(ctx: FormContext) {
  const kind =
    ctx.draft.arrivals === undefined ? undefined : (ctx.draft.arrivals as { kind?: string }).kind;
  return html`<section class="card" aria-labelledby="arrivals-h">
    <h2 id="arrivals-h">Arrivals</h2>
    <div class="grid">
      ${
        kind === 'hour-of-week'
          ? field(ctx, 'arrivals.ticketsPerWeek', 'Tickets per week', {
              kind: 'number',
              hint: 'Spread over the week by the hour-of-week profile (edit it in the JSON view).',
            })
          : field(ctx, 'arrivals.ticketsPerHour', 'Tickets per hour', {
              kind: 'number',
              hint: 'The same rate around the clock.',
            })
      }
      ${field(ctx, 'arrivals.dailyVolumeCv', 'Day-to-day variation', { kind: 'percent', unit: '%', percentRange: 'from 0 to 200', hint: 'How much one day’s volume differs from another’s beyond chance (0 = none).' })}
    </div>
  </section>`;
}

/** Business-hours calendars that targets and lost working time count in. */
export function calendarsSection(ctx: FormContext) {
  const calendars = listAt(ctx, 'calendars');
  const add = () =>
    ctx.set(`calendars[${calendars.length}]`, {
      id: `hours-${calendars.length + 1}`,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:00',
      end: '18:00',
    });
  return html`<section class="card" aria-labelledby="calendars-h">
    <h2 id="calendars-h">Business hours</h2>
    <p class="hint">Calendars stop a target's clock outside office hours ("4 business hours").</p>
    ${calendars.map(
      (_, i) => html`<div class="shift">
        ${field(ctx, `calendars[${i}].id`, 'Name (id)')}
        ${dayPicker(ctx, `calendars[${i}].days`, 'Days')}
        ${field(ctx, `calendars[${i}].start`, 'From', { hint: 'hh:mm' })}
        ${field(ctx, `calendars[${i}].end`, 'To', { hint: 'hh:mm' })}
        <button type="button" class="danger" @click=${() => ctx.set(`calendars[${i}]`, undefined)}>Remove</button>
      </div>`,
    )}
    <button type="button" class="secondary" @click=${add}>Add a calendar</button>
  </section>`;
}

/** What users' lost working time costs, and in which currency results are shown. */
export function economicsSection(ctx: FormContext) {
  const has = ctx.draft.economics !== undefined;
  return html`<section class="card" aria-labelledby="economics-h">
    <h2 id="economics-h">Costs</h2>
    ${
      has
        ? html`<div class="grid">
            ${field(ctx, 'economics.userHourCost', "A user's lost hour", { kind: 'number', hint: 'What the business loses for each hour a user cannot work fully.' })}
            ${field(ctx, 'economics.currency', 'Currency', { kind: 'select', options: CURRENCIES })}
            ${
              listAt(ctx, 'calendars').length === 0
                ? nothing
                : field(ctx, 'economics.userCalendar', 'Users work', {
                    kind: 'select',
                    options: [
                      { value: '', label: 'Around the clock' },
                      ...listAt(ctx, 'calendars').map((c) => ({
                        value: String(c.id),
                        label: `In calendar "${String(c.id)}"`,
                      })),
                    ],
                    hint: 'Lost time counts only in these hours.',
                  })
            }
          </div>`
        : html`<p>Without costs, results show service and backlog but no money.</p>
          <button type="button" class="secondary" @click=${() => ctx.set('economics', { userHourCost: 50, currency: 'EUR' })}>Add costs</button>`
    }
  </section>`;
}

/** How long to simulate and how many times. */
export function runSection(ctx: FormContext) {
  return html`<section class="card" aria-labelledby="run-h">
    <h2 id="run-h">Simulation</h2>
    <div class="grid">
      ${field(ctx, 'run.horizon', 'Simulate', { kind: 'duration', hint: 'e.g. 13w for a quarter.' })}
      ${field(ctx, 'run.warmUp', 'Warm-up', { kind: 'duration', hint: 'Start-up time left out of the results; empty lets stafflab find it.' })}
      ${field(ctx, 'run.replications', 'Replications', { kind: 'integer', hint: 'Independent repeats; more give narrower intervals.' })}
      ${field(ctx, 'run.seed', 'Seed', { kind: 'integer', hint: 'The same seed gives the same result.' })}
    </div>
  </section>`;
}
