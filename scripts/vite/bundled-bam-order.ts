import { bamOrderOf } from '../../src/geo/bam-order'
import { loadGeodata } from '../../tests/support/geodata'
import { isMain } from '../lib/is-main'

/**
 * The BAM order of the bundled camps (src/geo/bam-order.ts, with Turf), computed by the
 * build so that the page needs no geometry library to start: printed as JSON for the
 * `virtual:bundled-bam-order` module (bundled-bam-order-plugin.ts).
 */
if (isMain(import.meta.url)) process.stdout.write(JSON.stringify(bamOrderOf(loadGeodata().dataset)))
