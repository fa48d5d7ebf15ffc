import { symbolGeometry, type TierSymbol } from '../symbols/tier-symbol'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** An SVG drawing of a legend symbol, `displayPx` wide, built with DOM calls (no markup strings). */
export function createSymbolSvg(symbol: TierSymbol, displayPx = symbol.sizePx): SVGSVGElement {
  const size = symbol.sizePx
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('width', String(displayPx))
  svg.setAttribute('height', String(displayPx))
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`)
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  const geometry = symbolGeometry(symbol)
  const shape = geometry.kind === 'circle' ? document.createElementNS(SVG_NS, 'circle') : document.createElementNS(SVG_NS, 'polygon')
  if (geometry.kind === 'circle') {
    shape.setAttribute('cx', String(geometry.cx))
    shape.setAttribute('cy', String(geometry.cy))
    shape.setAttribute('r', String(geometry.r))
  } else {
    shape.setAttribute('points', geometry.points)
  }
  shape.setAttribute('fill', symbol.fill)
  shape.setAttribute('stroke', symbol.stroke)
  shape.setAttribute('stroke-width', String(symbol.strokeWidthPx))
  if (symbol.dash !== null) shape.setAttribute('stroke-dasharray', symbol.dash)
  svg.appendChild(shape)
  return svg
}

/**
 * The content of a camp marker: its symbol. Its number and name are drawn by the label
 * layer, which keeps them clear of other labels and markers.
 */
export function createMarkerContent(symbol: TierSymbol): HTMLElement {
  const root = document.createElement('span')
  root.className = 'camp-marker__content'
  root.appendChild(createSymbolSvg(symbol))
  return root
}
