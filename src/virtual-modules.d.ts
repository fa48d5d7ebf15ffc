/** The BAM order of the bundled camps, computed by the build (scripts/vite/bundled-bam-order-plugin.ts). */
declare module 'virtual:bundled-bam-order' {
  const order: readonly import('./geo/bam-order').PlaceOnLine[]
  export default order
}
