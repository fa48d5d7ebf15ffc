import { useEffect, useState } from 'react'

/** Runs `load` once on mount (aborted on unmount); null until it resolves, and on failure (warned). */
export function useAbortableLoad<T>(load: (signal: AbortSignal) => Promise<T>, what: string): T | null {
  const [value, setValue] = useState<T | null>(null)
  useEffect(
    function fetchOnce() {
      const controller = new AbortController()
      load(controller.signal).then(setValue, (error: unknown) => {
        if (!controller.signal.aborted) console.warn(`${what} not available:`, error)
      })
      return function cancel() {
        controller.abort()
      }
    },
    // `load` is a module-level function: the load runs once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  return value
}
