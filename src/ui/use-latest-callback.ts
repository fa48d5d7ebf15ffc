import { useEffect, useRef, useState } from 'react'

/**
 * A stable function that always calls the latest `callback`: for handlers wired once into
 * a Leaflet map or the DOM (effects that must not re-run when a parent re-renders).
 */
export function useLatestCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const ref = useRef(callback)
  useEffect(() => {
    ref.current = callback
  }, [callback])
  const [stable] = useState(
    () =>
      (...args: A) =>
        ref.current(...args),
  )
  return stable
}
