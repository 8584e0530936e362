import { IntentLink } from '@/components/intent-link'

// Every unknown address gets app/global-not-found.tsx. This one only shows when a page calls notFound() itself
// (a role gone between a build and a request). It is rendered into every page's inline payload, so it stays tiny.
export default function NotFound() {
  return (
    <p>
      This page is not on the map. <IntentLink href="/">Home</IntentLink>
    </p>
  )
}
