import { serveDist } from '../tests/e2e/support/server'
import { launchBrowser, openApp } from '../tests/e2e/support/browser'
async function main() {
  const server = await serveDist({})
  const browser = await launchBrowser()
  const s = await openApp(browser, server.url, 'embed.html', { viewport: { width: 700, height: 480 }, waitForMarkers: 93 })
  await s.page.waitForTimeout(1500)
  await s.page.screenshot({ path: '/tmp/h18/embed.png' })
  console.log(await s.page.evaluate(() => {
    const m = document.getElementById('camp-map')!.getBoundingClientRect()
    const n = document.querySelector('[data-camp-id="nakhodka"]')!.getBoundingClientRect()
    return JSON.stringify({ map: [m.left, m.top, m.right, m.bottom], n: [n.left, n.top], inner: [innerWidth, innerHeight], scroll: document.documentElement.scrollHeight })
  }))
  await s.close(); await browser.close(); await server.close()
}
void main()
