import { describe, expect, it } from 'vitest'
import { freeRect, overlayPadding, revealPan } from './overlay-padding'

describe('overlayPadding', () => {
  it('keeps only the margin when nothing covers the map', () => {
    expect(overlayPadding({ width: 800, height: 600 }, [])).toEqual({ top: 12, right: 12, bottom: 12, left: 12 })
  })
  it('clears a tall detail panel on the right from the right', () => {
    const p = overlayPadding({ width: 1080, height: 840 }, [{ left: 622, top: 10, right: 1070, bottom: 830 }], 10)
    expect(p).toEqual({ top: 10, right: 468, bottom: 10, left: 10 })
  })
  it('clears a bottom sheet from the bottom', () => {
    const p = overlayPadding({ width: 390, height: 780 }, [{ left: 6, top: 390, right: 384, bottom: 774 }], 0)
    expect(p).toEqual({ top: 0, right: 0, bottom: 390, left: 0 })
  })
  it('clears a legend in the lower left corner from the cheaper side', () => {
    // 320 of 1080 wide (30 %) against 296 of 830 high (36 %): the left side costs less.
    const wide = overlayPadding({ width: 1080, height: 830 }, [{ left: 10, top: 510, right: 330, bottom: 806 }], 0)
    expect(wide).toEqual({ top: 0, right: 0, bottom: 0, left: 330 })
    // On a short, wide map (phone sideways) the same legend goes to the left, a wide short one to the bottom.
    const strip = overlayPadding({ width: 844, height: 330 }, [{ left: 10, top: 280, right: 600, bottom: 320 }], 0)
    expect(strip).toEqual({ top: 0, right: 0, bottom: 50, left: 0 })
  })
  it('combines a panel and a legend: the legend moves to the bottom when the left is too narrow', () => {
    const p = overlayPadding(
      { width: 664, height: 700 },
      [
        { left: 206, top: 10, right: 654, bottom: 690 },
        { left: 10, top: 400, right: 330, bottom: 680 },
      ],
      0,
    )
    expect(p).toEqual({ top: 0, right: 458, bottom: 300, left: 0 })
  })
  it('ignores overlays outside the map and those already clear of the free area', () => {
    const p = overlayPadding(
      { width: 500, height: 500 },
      [
        { left: 600, top: 0, right: 700, bottom: 100 },
        { left: 0, top: 0, right: 50, bottom: 500 },
        { left: 10, top: 10, right: 40, bottom: 40 },
      ],
      0,
    )
    expect(p).toEqual({ top: 0, right: 0, bottom: 0, left: 50 })
  })
})

describe('revealPan', () => {
  const free = freeRect({ width: 664, height: 700 }, { top: 10, right: 458, bottom: 10, left: 10 })
  it('does nothing when the point already shows', () => {
    expect(revealPan({ x: 100, y: 300 }, free)).toBeNull()
  })
  it('pans a point hidden under the panel to the free area centre', () => {
    expect(revealPan({ x: 332, y: 350 }, free)).toEqual({ x: 224, y: 0 })
  })
  it('gives up on a free area of no size', () => {
    expect(revealPan({ x: 5, y: 5 }, { left: 10, top: 10, right: 10, bottom: 50 })).toBeNull()
  })
})

describe('overlayPadding for a fit of a given shape', () => {
  // A phone: the zoom buttons down the left edge, camps twice as wide as tall.
  const phone = { width: 390, height: 794 }
  const zoomButtons = { left: 10, top: 10, right: 45, bottom: 180 }
  it('clears a narrow column from the side that costs the fit least, not the one that keeps most area', () => {
    expect(overlayPadding(phone, [zoomButtons], 16).left).toBe(61)
    const forWide = overlayPadding(phone, [zoomButtons], 16, { width: 344, height: 154 })
    expect(forWide.left).toBe(16)
    expect(forWide.top).toBe(196)
  })
  it('keeps the area rule for a tall shape, which the lost height would cost', () => {
    const forTall = overlayPadding(phone, [zoomButtons], 16, { width: 100, height: 700 })
    expect(forTall.left).toBe(61)
  })
})
