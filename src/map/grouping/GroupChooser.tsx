import { useEffect, useId, useRef } from 'react'
import type { Camp } from '../../data/schema'
import { tierKeyOf } from '../../data/tier-key'
import { TierGlyph } from '../../symbols/TierGlyph'
import './grouping.css'

type Props = {
  camps: readonly Camp[]
  /** Where to show the list, in pixels of the map area (the group marker's centre). */
  at: { x: number; y: number }
  areaSize: { width: number; height: number }
  title: string
  closeLabel: string
  nameOf: (camp: Camp) => string
  onChoose: (id: string) => void
  /** Escape, the close button or a press outside; focus goes back to the group marker. */
  onClose: (returnFocus: boolean) => void
}

const WIDTH_PX = 260

/** The short list a group marker opens when its camps never separate: one button per camp. */
export function GroupChooser({ camps, at, areaSize, title, closeLabel, nameOf, onChoose, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button[data-camp-id]')?.focus()
    function pressOutside(event: PointerEvent) {
      if (ref.current && event.target instanceof Node && !ref.current.contains(event.target)) onClose(false)
    }
    document.addEventListener('pointerdown', pressOutside, true)
    return () => document.removeEventListener('pointerdown', pressOutside, true)
  }, [onClose])
  const left = Math.max(8, Math.min(at.x - WIDTH_PX / 2, areaSize.width - WIDTH_PX - 8))
  const below = at.y < areaSize.height / 2
  const position = below ? { left, top: at.y + 20 } : { left, bottom: areaSize.height - at.y + 20 }
  return (
    <div
      ref={ref}
      className="group-chooser"
      data-testid="group-chooser"
      role="dialog"
      aria-labelledby={titleId}
      style={{ ...position, width: WIDTH_PX }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose(true)
        }
      }}
    >
      <div className="group-chooser__header">
        <h2 id={titleId} className="group-chooser__title">
          {title}
        </h2>
        <button type="button" className="group-chooser__close" aria-label={closeLabel} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <ul className="group-chooser__list">
        {camps.map((camp) => (
          <li key={camp.id}>
            <button type="button" className="group-chooser__camp" data-camp-id={camp.id} onClick={() => onChoose(camp.id)}>
              <span className="group-chooser__symbol">
                <TierGlyph tier={tierKeyOf(camp.tier)} scale={0.8} />
              </span>
              <span>{nameOf(camp)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
