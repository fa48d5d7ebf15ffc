import type { Camp } from '../data/schema'
import { tierKeyOf } from '../data/tier-key'
import { TierGlyph } from '../symbols/TierGlyph'
import type { ReactNode } from 'react'

type Props = {
  camp: Camp
  name: string
  detail?: ReactNode
  selected: boolean
  onSelect: (id: string) => void
  onHover: (id: string | null) => void
}

/** One camp in a list: its symbol, number and name; choosing it opens its detail. */
export function CampButton({ camp, name, detail, selected, onSelect, onHover }: Props) {
  return (
    <button
      type="button"
      className="camp-button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(camp.id)}
      onMouseEnter={() => onHover(camp.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(camp.id)}
      onBlur={() => onHover(null)}
    >
      <span className="camp-button__symbol">
        <TierGlyph tier={tierKeyOf(camp.tier)} scale={0.8} />
      </span>
      <span className="camp-button__number">{camp.number}</span>
      <span className="camp-button__name">{name}</span>
      {detail !== undefined && <span className="camp-button__detail">{detail}</span>}
    </button>
  )
}
