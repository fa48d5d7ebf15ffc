import { startTransition, useEffect, useState } from 'react'
import { idleAfterNextPaint } from '../state/after-next-paint'

/**
 * `value` as it was at the last quiet moment after a paint: a newer value reaches the caller
 * when the browser is idle after the frame that showed it elsewhere (at the latest
 * `timeoutMs` after that frame), in a transition, so that a long list that follows a filter
 * holds back neither that frame nor the reader's next keystroke. React's
 * `useDeferredValue` starts its render in the first task after the input, before that
 * keystroke. The first render has the value at once.
 */
export function useValueAfterPaint<T>(value: T, timeoutMs: number): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return undefined
    return idleAfterNextPaint(() => startTransition(() => setShown(value)), timeoutMs)
  }, [value, shown, timeoutMs])
  return shown
}
