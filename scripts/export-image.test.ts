import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportImage, parseExportArgs, splitQuery } from './export-image'
import { REPO_ROOT } from './lib/image-data'

/** The CLI on a fixture: `data=` (the app's own parameter) points at tests/fixtures. */
const dir = mkdtempSync(join(tmpdir(), 'export-image-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const FIXTURE = 'data=tests/fixtures/data/valid-camps.geojson'

describe('export:image', () => {
  it('parses the app URL parameters and the options', () => {
    expect(splitQuery('region=chita-oblast&lang=ja')).toEqual({ search: '?region=chita-oblast&lang=ja', hash: '' })
    expect(splitQuery('?camp=taishet#map=5/52/113')).toEqual({ search: '?camp=taishet', hash: '#map=5/52/113' })
    expect(splitQuery('https://x.org/map/index.html?region=a#map=4/50/100')).toEqual({ search: '?region=a', hash: '#map=4/50/100' })
    expect(parseExportArgs(['--out', 'a.png', '--size', 'print']).size).toEqual({ width: 2400, height: 1600 })
    expect(() => parseExportArgs(['--out', 'a.jpg'])).toThrow(/\.svg or \.png/)
    expect(() => parseExportArgs(['--out', 'a.svg', '--size', '5x5'])).toThrow(/--size/)
    expect(() => parseExportArgs([])).toThrow(/--out is required/)
    const texts = parseExportArgs(['--out', 'a.svg', '--title', 'T', '--subtitle', 'S', '--note', 'N'])
    expect([texts.title, texts.subtitle, texts.caption]).toEqual(['T', 'S', 'N'])
    const none = parseExportArgs(['--out', 'a.svg', '--no-title', '--no-subtitle', '--no-note'])
    expect([none.title, none.subtitle, none.caption]).toEqual([null, null, null])
    const own = parseExportArgs(['--out', 'a.svg'])
    expect([own.title, own.subtitle, own.caption]).toEqual([undefined, undefined, undefined])
    expect(parseExportArgs(['--out', 'a.svg', '--caption', 'C']).caption).toBe('C')
  })

  it('writes the title, subtitle and note given, and the view’s own otherwise', async () => {
    const given = readFileSync(
      (
        await exportImage(
          parseExportArgs([
            '--query',
            `${FIXTURE}&lang=en`,
            '--out',
            join(dir, 't.svg'),
            '--title',
            'My <title>',
            '--subtitle',
            'Sub',
            '--note',
            'Source: X',
          ]),
        )
      ).out,
      'utf8',
    )
    expect(given).toContain('>My &lt;title&gt;</text>')
    expect(given).toContain('>Sub</text>')
    expect(given).toContain('>Source: X</text>')
    const own = readFileSync(
      (await exportImage(parseExportArgs(['--query', `${FIXTURE}&region=irkutsk-oblast`, '--out', join(dir, 'o.svg')]))).out,
      'utf8',
    )
    expect(own).toMatch(/>Camps of Japanese prisoners and internees: Irkutsk[^<]*<\/text>/)
    expect(own).toContain('>Camps named by the sources: 1.')
    expect(own).toMatch(/>Data version \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)\./)
  })

  it('writes an SVG with the fixture camps filtered as the app filters them', async () => {
    const out = join(dir, 'irkutsk.svg')
    const result = await exportImage(parseExportArgs(['--query', `${FIXTURE}&region=irkutsk-oblast&lang=ja`, '--out', out]))
    const svg = readFileSync(out, 'utf8')
    const ids = [...svg.matchAll(/<g class="camp" data-camp-id="([^"]+)"/g)].map((m) => m[1])
    expect(ids).toEqual(['taishet'])
    expect(result.camps).toBe(1)
    expect(svg).toContain('1. タイシェット')
    const all = readFileSync((await exportImage(parseExportArgs(['--query', FIXTURE, '--out', join(dir, 'all.svg')]))).out, 'utf8')
    expect([...all.matchAll(/data-camp-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['taishet', 'tbilisi', 'ulaanbaatar'])
  })

  it('writes a PNG of the requested size through the npm script', () => {
    const out = join(dir, 'print.png')
    const stdout = execFileSync(
      'npx',
      ['tsx', 'scripts/export-image.ts', '--query', `${FIXTURE}&lang=en`, '--out', out, '--size', '1080x1080'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(stdout).toContain('1080×1080, 3 camps')
    const png = readFileSync(out)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect(png.readUInt32BE(16)).toBe(1080)
    expect(png.readUInt32BE(20)).toBe(1080)
  }, 60_000)

  it('the committed link-preview image is a 1200×630 PNG (npm run build:og-image)', () => {
    const png = readFileSync(join(REPO_ROOT, 'public/og-image.png'))
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(join(REPO_ROOT, page), 'utf8')
      for (const tag of ['og:title', 'og:description', 'og:image', 'twitter:card']) expect(html, `${page} ${tag}`).toContain(`"${tag}"`)
      expect(html).toContain('content="%SITE_URL%og-image.png"')
      expect(html).toContain('content="summary_large_image"')
    }
  })

  it('fails with a clear message for an unknown data file', async () => {
    await expect(exportImage(parseExportArgs(['--query', 'data=nope/none.geojson', '--out', join(dir, 'x.svg')]))).rejects.toThrow(
      /no such file/,
    )
  })
})
