import { startTransition, useCallback, useEffect, useState } from 'react'
import { loadData, type LoadState } from './load-data'

type Settled = { key: string; state: LoadState }

/**
 * Loads and validates the data (again when `data=` changes); `retry` reloads after a failure.
 * `loadBeside` is what the page needs before it first shows the map (the full page's
 * headline figures, a linked camp's panel): the data counts as ready when both have come;
 * its failure is not the data's.
 */
export function useCampData(dataPath: string | null, loadBeside?: () => Promise<unknown>): { state: LoadState; retry: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [settled, setSettled] = useState<Settled | null>(null)
  // Each load is keyed by what it loads; until its answer arrives the state is "loading".
  const key = `${attempt}\u0000${dataPath ?? ''}`
  useEffect(
    function load() {
      const controller = new AbortController()
      const beside = loadBeside?.().catch(() => null)
      Promise.all([loadData(controller.signal, dataPath), beside]).then(
        // The loaded page's first render is the start-up's largest piece of work: as a transition
        // React renders it in slices that yield to the browser (issue 21), and commits it at once.
        ([data]) => startTransition(() => setSettled({ key, state: { status: 'ready', data } })),
        (error: unknown) => {
          if (controller.signal.aborted) return
          setSettled({ key, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } })
        },
      )
      return function cancel() {
        controller.abort()
      }
    },
    [key, dataPath, loadBeside],
  )
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state: settled?.key === key ? settled.state : { status: 'loading' }, retry }
}
