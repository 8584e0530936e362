import type { Route } from '@/lib/paths/types'
import { RouteSteps } from './route-steps'

export function RouteResults({ routes }: { routes: Route[] }) {
  return (
    <div className="space-y-4">
      {routes.map((route, i) => (
        <RouteSteps key={route.steps.map((s) => s.to).join('>')} route={route} title={i === 0 ? 'Best route' : `Alternative ${i}`} testId={i === 0 ? 'best-route' : 'alternative-route'} />
      ))}
    </div>
  )
}
