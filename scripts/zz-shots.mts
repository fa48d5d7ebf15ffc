import { serveDist } from '/work/wt/h18/tests/e2e/support/server'
import { launchBrowser, openApp } from '/work/wt/h18/tests/e2e/support/browser'
async function main() {
  const shots: [string, number, number, string][] = [
    ['desk', 1440, 900, ''],
    ['phone', 390, 844, ''],
    ['ja', 1440, 900, '?lang=ja'],
    ['region', 1440, 900, '?region=khabarovsk-krai'],
    ['lap', 1024, 768, ''],
  ]
  const only = process.argv[2]?.split(',')
  const server = await serveDist({})
  const browser = await launchBrowser()
  for (const [name, w, h, path] of shots) {
    if (only && !only.includes(name)) continue
    const s = await openApp(browser, server.url, path, { viewport: { width: w, height: h } })
    await s.page.waitForFunction(() => location.hash.includes('map=') && document.querySelectorAll('.map-label').length > 0)
    await s.page.waitForTimeout(1200)
    await s.page.screenshot({ path: `/tmp/h18/${name}.png` })
    if (name === 'desk') await s.page.screenshot({ path: `/tmp/h18/${name}-crop.png`, clip: { x: 1000, y: 430, width: 440, height: 270 } })
    const info = await s.page.evaluate(() => ({
      singles: document.querySelectorAll('.leaflet-marker-pane [data-camp-id]').length,
      groups: [...document.querySelectorAll('.leaflet-marker-pane [data-camp-ids]')].map((e) => (e as HTMLElement).dataset.tiers + ':' + (e as HTMLElement).dataset.campIds!.split(' ').length),
      hash: location.hash,
    }))
    console.log(name, JSON.stringify(info))
    await s.close()
  }
  await browser.close(); await server.close()
}
void main()
