import { useEffect, type RefObject } from 'react'

/**
 * The phone drawer closes with Escape or a tap outside it (on the map beside it); focus
 * goes back to the button that opened it, not to the page body.
 */
export function useDrawerDismiss(
  open: boolean,
  close: () => void,
  drawer: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return
    const dismiss = () => {
      close()
      toggle.current?.focus({ preventScroll: true })
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) dismiss()
    }
    const onPointer = (event: PointerEvent) => {
      const target = event.target
      if (!(target instanceof Node)) return
      if (drawer.current?.contains(target) || toggle.current?.contains(target)) return
      dismiss()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer, true)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer, true)
    }
  }, [open, close, drawer, toggle])
}
