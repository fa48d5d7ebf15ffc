import { useRef } from 'react'

type Props = { expanded: boolean; expandLabel: string; collapseLabel: string; onChange: (expanded: boolean) => void }

const DRAG_PX = 30

/**
 * The bottom sheet's handle on a phone: a button that toggles between half and full height
 * (aria-expanded), and that can be dragged up or down to do the same.
 */
export function SheetHandle({ expanded, expandLabel, collapseLabel, onChange }: Props) {
  const start = useRef<number | null>(null)
  const dragged = useRef(false)
  return (
    <button
      type="button"
      className="detail__handle"
      data-testid="sheet-handle"
      aria-expanded={expanded}
      aria-label={expanded ? collapseLabel : expandLabel}
      onPointerDown={(e) => {
        start.current = e.clientY
        dragged.current = false
        e.currentTarget.setPointerCapture(e.pointerId)
      }}
      onPointerMove={(e) => {
        if (start.current === null) return
        const dy = e.clientY - start.current
        if (Math.abs(dy) < DRAG_PX) return
        dragged.current = true
        start.current = null
        onChange(dy < 0)
      }}
      onPointerUp={() => {
        start.current = null
      }}
      onClick={(e) => {
        // A drag already chose the height; the click that ends it changes nothing.
        if (dragged.current) {
          dragged.current = false
          e.preventDefault()
          return
        }
        onChange(!expanded)
      }}
    >
      <span className="detail__grip" aria-hidden="true" />
    </button>
  )
}
