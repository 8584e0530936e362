import { DevContentPoller } from '@/components/dev-content-poller'
import { getContentVersion } from '@/lib/queries/content-version'

/** Development only: keeps the open page in step with the content the watcher re-seeds (see DevContentPoller). */
export async function DevContentRefresh() {
  return <DevContentPoller rendered={await getContentVersion()} />
}
