import { join } from 'node:path'
import { exportImage } from './export-image'
import { isMain } from './lib/is-main'
import { REPO_ROOT } from './lib/image-data'
import { OG_IMAGE_SIZE } from '../src/render-image'

/**
 * The link-preview image (og:image / twitter:image of index.html and embed.html):
 * the default view, 1200×630, drawn by the same renderer as Share → Image and
 * `npm run export:image`. Written to public/og-image.png, which is committed; run
 * `npm run build:og-image` after the data changes (its credit line names the data version).
 */
export const OG_IMAGE_FILE = 'public/og-image.png'

if (isMain(import.meta.url)) {
  const out = join(REPO_ROOT, OG_IMAGE_FILE)
  // The whole map with its own title, subtitle and data-version note, as Share → Image has them.
  const result = await exportImage({
    query: 'lang=en',
    out,
    size: OG_IMAGE_SIZE,
    title: undefined,
    subtitle: undefined,
    caption: undefined,
    fonts: [],
  })
  console.log(`${OG_IMAGE_FILE}: ${OG_IMAGE_SIZE.width}×${OG_IMAGE_SIZE.height}, ${result.camps} camps, ${result.bytes} bytes`)
}
