import type { Transport } from './use-live-updates';

export function TransportStatus({ transport }: { transport: Transport }) {
  const text =
    transport === 'live'
      ? 'Connected: updates arrive live.'
      : transport === 'polling'
        ? 'Live updates are blocked on this network: refreshing every 3 seconds.'
        : 'Connecting…';
  return (
    <p className="text-sm text-muted" role="status">
      <span aria-hidden="true">{transport === 'live' ? '● ' : '○ '}</span>
      {text}
    </p>
  );
}
