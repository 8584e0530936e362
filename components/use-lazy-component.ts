import { useEffect, useState, type ComponentType } from 'react'

/**
 * A component from a module that is imported only once `when` holds (and never on the server): a plain `import()`
 * in an effect. next/dynamic does the same, but its loader runtime added about 1.5 KB gzip to the first load of
 * every page that used it. Until the module arrives, or if it cannot load, there is nothing to render.
 */
export function useLazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, when = true): ComponentType<P> | null {
  const [loaded, setLoaded] = useState<ComponentType<P> | null>(null)
  useEffect(() => {
    if (!when || loaded) return
    let live = true
    load().then((component) => live && setLoaded(() => component), () => {})
    return () => {
      live = false
    }
    // `load` is a module-level import: one per call site, never changing.
  }, [when, loaded])
  return loaded
}
