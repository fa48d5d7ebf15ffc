import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import './phone.css'

/**
 * The header's controls (share, language). On a phone they fold behind one Menu button so
 * that the title keeps one or two lines and the map keeps the screen; elsewhere the button
 * is not shown and the controls sit in the header. Escape, a press outside or choosing an item closes it.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      setOpen(false)
      button.current?.focus({ preventScroll: true })
    }
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && root.current?.contains(event.target)) return
      // A dialog opened from the menu (share) lives elsewhere in the page: leave the menu as it is.
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]')) return
      setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer, true)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer, true)
    }
  }, [open])
  return (
    <div ref={root} className={`header-menu${open ? ' header-menu--open' : ''}`}>
      <button
        ref={button}
        type="button"
        className="header-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div
        id={id}
        className="header-menu__items"
        // On a phone the menu closes once an item is chosen, so it does not stay over what it opened.
        onClick={(e) => {
          if (open && e.target instanceof Element && e.currentTarget.contains(e.target) && e.target.closest('button, a[href]'))
            setOpen(false)
        }}
        onChange={(e) => {
          if (e.target instanceof Element && e.currentTarget.contains(e.target)) setOpen(false)
        }}
      >
        {children}
      </div>
    </div>
  )
}
