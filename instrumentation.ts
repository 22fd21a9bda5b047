/**
 * Next calls `register` once per server process, before the server handles requests: the classroom store
 * is opened (connected, migrated, checked) here, so a server that cannot use its database refuses to start
 * with one line and a non-zero exit instead of failing every request later.
 */
export async function register() {
  // Node only (the Edge runtime has no database drivers), and not while `next build` prerenders pages.
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return;
  }
  const { startClassroomServer } = await import('./lib/classroom/startup');
  await startClassroomServer();
}
