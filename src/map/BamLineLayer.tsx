import { Polyline } from 'react-leaflet'
import { useMemo } from 'react'
import type { PathOptions } from 'leaflet'
import type { BamLine } from '../data/bam-line'
import { toLatLng } from '../geo/lng-lat'
import { palette } from '../symbols/line-palette'

// Crimson, unlike the violet dash-dot 1946 outline and the black-and-white railways: see basemap/palette.ts.
const builtStyle: PathOptions = { ...palette.bamBuilt, interactive: false }
const plannedStyle: PathOptions = { ...palette.bamPlanned, interactive: false }

/** The Baikal–Amur Mainline: the 1940s sections a heavy solid line, the planned through-route dotted. */
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
