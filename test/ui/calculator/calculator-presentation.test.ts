import { describe, expect, it } from 'vitest';
import { calculateStaffing } from '../../../ui/calculator/calculate-staffing.ts';
import { calculatorChartOption } from '../../../ui/calculator/calculator-chart.ts';
import { tableHeadings, tableLines } from '../../../ui/calculator/calculator-table.ts';
import { bindingText, cheapestText, loadText } from '../../../ui/calculator/calculator-text.ts';
import type { CalculatorInputs } from '../../../ui/calculator/parse-calculator-form.ts';
import { formatMoney } from '../../../ui/format/format.ts';
import { handQueue } from '../../helpers/hand-queue.ts';

function calculate(inputs: CalculatorInputs) {
  const result = calculateStaffing(inputs);
  if (!result.ok) throw new Error('no answer');
  return result.calculation;
}

describe('the answer in words', () => {
  it('says which target one fewer would miss', () => {
    const calculation = calculate(handQueue);
    expect(bindingText(calculation)).toBe(
      'One fewer (2 on duty) would miss the service level (90 % within 1 min).',
    );
    expect(loadText(calculation)).toBe(
      "60 tickets an hour × 1 min of work = 1 technician's worth of work (the offered load).",
    );
  });

  it('says when one fewer could not keep up at all', () => {
    // 10 % within 1 min is met by the fewest stable headcount, 2; with 1 the queue never empties.
    const calculation = calculate({
      ...handQueue,
      serviceLevel: { attainment: 0.1, targetMinutes: 1 },
    });
    expect(calculation.answer.agents).toBe(2);
    expect(bindingText(calculation)).toMatch(/^One fewer \(1 on duty\) could not keep up/);
  });

  it('names the cheapest headcount and what it saves', () => {
    // Hand-worked (staffing-costs.test.ts): 2 costs €80/h in total, 3 costs €92.73/h.
    const calculation = calculate(handQueue);
    expect(calculation.cheapest?.agents).toBe(2);
    // Money as the app's formatter writes it (its own tests cover that).
    const euros = (value: number) => `${formatMoney(value, 'EUR')}/h`;
    expect(cheapestText(calculation)).toBe(
      `Cheapest in total (staff plus lost productivity): 2 on duty, ${euros(80)}, ${euros(12.73)} less than 3, but it misses the service level (90 % within 1 min).`,
    );
  });
});

describe('the table', () => {
  it('highlights the answer row and marks the cheapest, with units in every cell', () => {
    const calculation = calculate(handQueue);
    const lines = tableLines(calculation);
    expect(lines.filter((line) => line.answer).map((line) => line.agents)).toEqual([3]);
    expect(lines.filter((line) => line.cheapest).map((line) => line.agents)).toEqual([2]);
    expect(tableHeadings(calculation)[2]).toBe('Service level (target 90 % within 1 min)');
    const two = lines[0];
    expect(two?.cells[2]).toEqual({ text: '87.7 %', missed: true }); // 1 − e^{−1}/3 = 0.8774
    expect(two?.cells.at(-1)?.text).toBe(`${formatMoney(80, 'EUR')}/h`);
  });
});

describe('the chart', () => {
  it('plots service level and total cost on two labelled axes, marking the answer and the cheapest', () => {
    const option = calculatorChartOption(calculate(handQueue)) as any;
    expect(option.yAxis.map((axis: any) => axis.name)).toEqual([
      'Service level (%)',
      'Total cost (€ per hour)',
    ]);
    expect(option.xAxis.name).toBe('Technicians on duty');
    const [level, target, cost] = option.series;
    expect(level.markLine.data[0].xAxis).toBe('3');
    expect(target.data.every((value: number) => value === 90)).toBe(true);
    expect(cost.markPoint.data[0].coord).toEqual(['2', 80]);
  });

  it('has one axis and no cost line without costs', () => {
    const option = calculatorChartOption(
      calculate({ ...handQueue, staffCostPerAgentHour: undefined, userHourCost: undefined }),
    ) as any;
    expect(option.yAxis).toHaveLength(1);
    expect(option.series).toHaveLength(2);
  });
});
