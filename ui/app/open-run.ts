import { api, errorMessage } from '../api/client.ts';
import { routeHash } from './route.ts';

/**
 * Starts a run and opens its page (`#/runs/ID`, where its progress shows); what every form that
 * starts a run does. Resolves with null once the page is opened, or with the message to show
 * when the server refused (a 422 names the field).
 */
export async function startAndOpenRun(body: Record<string, unknown>): Promise<string | null> {
  try {
    const { id } = await api.startRun(body);
    location.hash = routeHash({ view: 'run', id });
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
