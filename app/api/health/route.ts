import { json } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { errorText } from '@/lib/classroom/store-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * For load balancers and operators: 200 while the store answers (with its kind, schema version, one round
 * trip's latency and whether this instance hears other instances' changes), 503 when it does not. The
 * reason stays in the server log: a health check is often public, a database address is not.
 */
export async function GET() {
  try {
    const { store } = await classroomServer();
    const health = await store.health();
    return json({
      status: health.changes === 'reconnecting' ? 'degraded' : 'ok',
      store: { ...health, latencyMs: Math.round(health.latencyMs * 100) / 100 },
    });
  } catch (error) {
    console.error(`[health] the store does not answer: ${errorText(error)}`);
    return json({ status: 'unavailable', error: 'The database does not answer.' }, 503);
  }
}
