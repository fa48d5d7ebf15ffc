import { useEffect, useState } from 'react'
import { afterNextPaint } from '../state/after-next-paint'

/**
 * How long a step waits for a frame at most: a browser paints no frame for a page or frame
 * out of view (an embed below the fold, a tab in the background), and the map must still
 * be ready when the reader gets there.
 */
const NO_FRAME_TIMEOUT_MS = 100

/**
 * The map's parts mounted one after another, each in its own task (issue 21): 0 on the
 * first render, then 1, 2, … up to `last`, each step a task after the frame that painted the
 * previous commit (or, where no frame comes, after NO_FRAME_TIMEOUT_MS). React's first commit
 * with the map held the map's creation, the camp layer's first placement and paint and the
 * labels' first placement in one task of about a second on this machine under load; in
 * steps, no one of them waits for the others.
 */
export function useStartupStage(last: number): number {
  const [stage, setStage] = useState(0)
  useEffect(
    function nextStage() {
      if (stage >= last) return
      // After the frame: a timer alone often ran before the browser had laid out and
      // painted the previous step, and the next step's first measure of the map then paid
      // for that layout in its own task.
      return afterNextPaint(() => setStage((s) => Math.min(last, s + 1)), NO_FRAME_TIMEOUT_MS)
    },
    [stage, last],
  )
  return stage
}
