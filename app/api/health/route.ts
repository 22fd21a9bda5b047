import { classroomEnv } from '@/lib/classroom/env';
import { json } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { errorText } from '@/lib/classroom/store-errors';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * For load balancers and operators: 200 while the store answers and can be written (with its kind, schema
 * version, one round trip's latency, whether this instance hears other instances' changes, and what the
 * sessions take of their bound), 503 when it cannot be used. The reason stays in the server log: a health
 * check is often public, a database address is not.
 */
export async function GET() {
  try {
    const { store } = await classroomServer();
    const health = await store.health();
    const usedBytes = await store.storedBytes();
    return json({
      status: health.changes === 'reconnecting' ? 'degraded' : 'ok',
      store: {
        ...health,
        latencyMs: Math.round(health.latencyMs * 100) / 100,
        // What sessions take, against CITED_MAX_STORED_MB (full: new sessions wait with a 503).
        storage: { usedBytes, limitBytes: classroomEnv().CITED_MAX_STORED_MB * 1024 * 1024 },
      },
    });
  } catch (error) {
    console.error(`[health] the store does not answer: ${errorText(error)}`);
    return json(
      { status: 'unavailable', error: 'The database does not answer or cannot be written.' },
      503,
    );
  }
}
