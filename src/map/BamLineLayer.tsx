import { Polyline } from 'react-leaflet'
import { useMemo } from 'react'
import type { PathOptions } from 'leaflet'
import type { BamLine } from '../data/bam-line'
import { toLatLng } from '../geo/lng-lat'

const builtStyle: PathOptions = { color: '#7a1f1f', weight: 3.5, opacity: 0.85, interactive: false }
const plannedStyle: PathOptions = { color: '#7a1f1f', weight: 2, opacity: 0.6, dashArray: '2 7', interactive: false }

/** The Baikal–Amur Mainline: the 1940s sections solid, the planned through-route dashed. */
export function BamLineLayer({ line }: { line: BamLine }) {
  const sections = useMemo(
    () => line.sections.map((s) => ({ id: s.id, planned: s.kind === 'planned', positions: s.coordinates.map(toLatLng) })),
    [line],
  )
  return (
    <>
      {sections.map((s) => (
        <Polyline key={s.id} positions={s.positions} pathOptions={s.planned ? plannedStyle : builtStyle} />
      ))}
    </>
  )
}
