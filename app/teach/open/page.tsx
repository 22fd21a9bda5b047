import type { Metadata } from 'next';
import { OpenWorkspace } from '@/components/workspace/open-workspace';

export const metadata: Metadata = { title: 'Open your workspace', referrer: 'no-referrer' };

export default function OpenWorkspacePage() {
  return <OpenWorkspace />;
}
