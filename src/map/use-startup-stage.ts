import { useEffect, useState } from 'react'

/**
 * The map's parts mounted one after another, each in its own task (issue 21): 0 on the
 * first render, then 1, 2, … up to `last`, each step a task after the previous commit was
 * painted. React's first commit with the map held the map's creation, the camp layer's first
 * placement and paint and the labels' first placement in one task of about a second on this
 * machine under load; in steps, no one of them waits for the others.
 */
export function useStartupStage(last: number): number {
  const [stage, setStage] = useState(0)
  useEffect(
    function nextStage() {
      if (stage >= last) return
      const timer = setTimeout(() => setStage((s) => Math.min(last, s + 1)), 0)
      return function cancel() {
        clearTimeout(timer)
      }
    },
    [stage, last],
  )
  return stage
}
