// Names for runs of a job, and whether a run is still alive: two ingests of the same batch share its items by
// claiming them, and a claim of a run that died (killed mid-batch) must not block the items it held.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** A claim by a run on another host (whose process cannot be checked) is taken over after this long. */
export const CLAIM_STALE_MS = 60 * 60 * 1000;

/** A name for one run of a job: host, process and a random token ("host:pid:token"). */
export function runOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
}

/** Whether the run named `owner` may still be working: its process is alive (same host), or, on another host
 *  where that cannot be checked, its claim is recent. */
export function ownerAlive(owner: string, claimedAt: string, now = Date.now()): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return now - Date.parse(claimedAt) < CLAIM_STALE_MS;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM'; // exists, owned by someone else
  }
}
