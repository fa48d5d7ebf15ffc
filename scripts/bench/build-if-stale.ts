import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const INPUTS = ['src', 'public', 'geodata', 'index.html', 'embed.html', 'vite.config.ts', 'package.json', 'tsconfig.json']

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs)
}

/** Runs `npm run build` when dist/ is missing or older than any of its inputs. */
export function buildIfStale(root: string): void {
  const built = join(root, 'dist', 'index.html')
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0
  const changedAt = Math.max(...INPUTS.map((p) => newestMtime(join(root, p))))
  if (builtAt > changedAt) {
    console.log('dist/ is up to date')
    return
  }
  console.log(builtAt === 0 ? 'dist/ is missing: building' : 'dist/ is older than its sources: building')
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('npm run build failed')
}
