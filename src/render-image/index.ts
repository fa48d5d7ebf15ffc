/** The pure image renderer (no DOM, React or Leaflet): see render-svg.ts. */
export { renderSvg } from './render-svg'
export { FONT_EN, FONT_JA } from './svg-style'
export { sceneFromState, cleanText, type ImageData, type ImageOptions } from './scene-from-state'
export { creditLine } from './credit'
export { IMAGE_PRESETS, OG_IMAGE_SIZE, parseImageSize, layoutScale, type ImageSize, type ImagePresetName } from './presets'
export { escapeXml, hasCjk } from './svg-text'
export type { ImageLayers, ImageScene, ImageCamp, ImageLegend } from './types'
export { overlayLayers } from './overlay-layers'
