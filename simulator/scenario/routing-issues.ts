import { type InputIssue, isSimulatorError } from '../errors.ts';
import { toMinutes } from '../units.ts';
import { expectedVisits } from './expected-visits.ts';
import type { Scenario } from './schema.ts';

/** Expected visits per ticket beyond which routing is refused (tickets that barely ever resolve). */
const MAX_EXPECTED_VISITS = 100;
/** Reviews more often than this are interruptions in all but name. */
const MIN_REVIEW_MINUTES = 15;

/**
 * Problems of meaning in groups and routing: duplicate group ids, unknown groups, escalation
 * probabilities that add up to more than 1, and routes along which a ticket would practically
 * never be resolved (more than 100 visits expected).
 */
export function routingIssues(scenario: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  const ids = scenario.groups.map((g) => g.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      issues.push({ field: `groups[${i}].id`, value: id, expected: 'a group id used once' });
  });
  scenario.groups.forEach((group, i) => {
    const project = group.projectWork;
    if (project === undefined) return;
    if (project.policy === 'rota' && project.rotaAgents === undefined) {
      issues.push({
        field: `groups[${i}].projectWork.rotaAgents`,
        value: undefined,
        expected: 'the number of agents on the ticket rota',
      });
    }
    const minutes = (field: 'reviewEvery' | 'refocusTime'): number | null => {
      const value = project[field];
      if (value === undefined) return null;
      try {
        return toMinutes(value, `groups[${i}].projectWork.${field}`);
      } catch (error) {
        if (!isSimulatorError(error)) throw error;
        issues.push(...error.issues);
        return null;
      }
    };
    const every = minutes('reviewEvery');
    minutes('refocusTime');
    if (project.policy === 'review' && !(every !== null && every >= MIN_REVIEW_MINUTES)) {
      issues.push({
        field: `groups[${i}].projectWork.reviewEvery`,
        value: project.reviewEvery,
        expected: `how often the queue is reviewed, at least "${MIN_REVIEW_MINUTES}m" such as "4h" (more often is the "interrupt" policy)`,
      });
    }
  });
  const known = (field: string, id: string) => {
    if (!ids.includes(id))
      issues.push({ field, value: id, expected: `the id of a group (${ids.join(', ')})` });
  };
  scenario.groups.forEach((group, i) => {
    (group.crossTrained ?? []).forEach((entry, j) => {
      known(`groups[${i}].crossTrained[${j}].group`, entry.group);
      if (entry.group === group.id) {
        issues.push({
          field: `groups[${i}].crossTrained[${j}].group`,
          value: entry.group,
          expected: 'another group (agents always serve their own)',
        });
      }
    });
  });
  scenario.classes.forEach((ticketClass, i) => {
    if (ticketClass.entryGroup !== undefined)
      known(`classes[${i}].entryGroup`, ticketClass.entryGroup);
    const seen = new Set<string>();
    (ticketClass.routing ?? []).forEach((route, j) => {
      const at = `classes[${i}].routing[${j}]`;
      known(`${at}.group`, route.group);
      if (seen.has(route.group))
        issues.push({
          field: `${at}.group`,
          value: route.group,
          expected: 'a group listed once per class',
        });
      seen.add(route.group);
      const steps = route.escalate ?? [];
      for (const [k, step] of steps.entries()) known(`${at}.escalate[${k}].to`, step.to);
      const total = steps.reduce((sum, step) => sum + step.probability, 0);
      if (total > 1 + 1e-9) {
        issues.push({
          field: `${at}.escalate`,
          value: steps.map((s) => s.probability),
          expected: `probabilities that add up to at most 1 (they add up to ${total})`,
        });
      }
    });
  });
  if (issues.length === 0) issues.push(...visitIssues(scenario));
  return issues;
}

/** Routes along which a ticket of some class would take over MAX_EXPECTED_VISITS visits. */
function visitIssues(scenario: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  scenario.classes.forEach((ticketClass, i) => {
    if (expectedVisits(scenario, i, MAX_EXPECTED_VISITS).total > MAX_EXPECTED_VISITS) {
      issues.push({
        field: `classes[${i}].routing`,
        value: ticketClass.routing,
        expected: `routes along which tickets get resolved: these pass a ticket on so often that it would take over ${MAX_EXPECTED_VISITS} visits on average`,
      });
    }
  });
  return issues;
}
