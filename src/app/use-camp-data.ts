import { useCallback, useEffect, useState } from 'react'
import { loadData, type LoadState } from './load-data'

/** Loads and validates the data (again when `data=` changes); `retry` reloads after a failure. */
export function useCampData(dataPath: string | null): { state: LoadState; retry: () => void } {
  const [state, setState] = useState<LoadState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(
    function load() {
      const controller = new AbortController()
      setState({ status: 'loading' })
      loadData(controller.signal, dataPath).then(
        (data) => setState({ status: 'ready', data }),
        (error: unknown) => {
          if (controller.signal.aborted) return
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
        },
      )
      return function cancel() {
        controller.abort()
      }
    },
    [attempt, dataPath],
  )
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
