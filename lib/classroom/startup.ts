import 'server-only';

import { watchRequests } from '@/lib/security/request-start';
import { classroomEnv } from './env';
import { describeStoreFailure } from './open-store';
import { classroomServer } from './server';
import { errorText } from './store-errors';

/**
 * Opens the classroom server at start-up, or prints why it cannot and exits the process with status 1.
 * From here on every request carries its socket's address (the rate limits' key).
 */
export async function startClassroomServer(): Promise<void> {
  watchRequests();
  let env;
  try {
    env = classroomEnv();
  } catch (error) {
    console.error(`Cited cannot start: ${errorText(error)}`);
    process.exit(1);
  }
  try {
    await classroomServer();
  } catch (error) {
    console.error(describeStoreFailure(env, error));
    process.exit(1);
  }
}
