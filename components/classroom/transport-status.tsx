import type { Transport } from './use-live-updates';

/** What the page's connection is doing, in words that are true for each state (see live-transport.ts). */
const TEXT: Record<Transport, string> = {
  connecting: 'Connecting…',
  live: 'Connected: updates arrive live.',
  reconnecting: 'The live connection dropped. Reconnecting; checking for changes every 3 seconds.',
  polling: 'Live updates are blocked on this network: refreshing every 3 seconds.',
  offline: 'Cannot reach the server. Trying again every few seconds.',
};

export function TransportStatus({ transport }: { transport: Transport }) {
  return (
    <p className="text-sm text-muted" role="status">
      <span aria-hidden="true">{transport === 'live' ? '● ' : '○ '}</span>
      {TEXT[transport]}
    </p>
  );
}
