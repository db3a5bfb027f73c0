// Which adapter serves which hostname. The manifest's matches decide where the script
// runs at all; this decides what it does there.
import type { SiteAdapter } from './site';
import { facebook } from './facebook';
import { instagram } from './instagram';

const BY_HOST: Record<string, SiteAdapter> = {
  'www.facebook.com': facebook,
  'www.instagram.com': instagram,
};

export function adapterFor(hostname: string): SiteAdapter | null {
  return BY_HOST[hostname] ?? null;
}
