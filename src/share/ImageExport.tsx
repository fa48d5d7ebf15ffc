import { useId, useState } from 'react'
import type { LoadedData } from '../data/dataset'
import type { Translate } from '../i18n/i18n'
import type { ViewState } from '../url/url-state'
import type { Lang } from '../i18n/lang'
import { IMAGE_PRESETS, type ImagePresetName } from '../render-image/presets'

type Props = { state: ViewState; data: LoadedData | null; lang: Lang; title: string | null; caption: string | null; t: Translate }

const sizeLabels: Record<ImagePresetName, 'imageSizeSocial' | 'imageSizeSquare' | 'imageSizePrint'> = {
  social: 'imageSizeSocial',
  square: 'imageSizeSquare',
  print: 'imageSizePrint',
}

/**
 * Share → Image: a still SVG or PNG of the current view, drawn from the data by the pure
 * renderer (src/render-image), which is loaded only when asked for.
 */
export function ImageExport({ state, data, lang, title, caption, t }: Props) {
  const id = useId()
  const [format, setFormat] = useState<'svg' | 'png'>('png')
  const [preset, setPreset] = useState<ImagePresetName>('social')
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; message: string }>({ kind: 'idle' })
  const run = async () => {
    if (data === null) return
    setStatus({ kind: 'working' })
    try {
      const { downloadViewImage } = await import('./image-download')
      await downloadViewImage({ state, data, lang, format, size: IMAGE_PRESETS[preset], title: title ?? undefined, caption })
      setStatus({ kind: 'idle' })
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <fieldset className="share-dialog__options share-image" aria-describedby={`${id}-note`}>
      <legend>{t('shareImage')}</legend>
      <label className="share-dialog__option">
        {t('shareImageFormat')}
        <select data-testid="export-image-format" value={format} onChange={(e) => setFormat(e.target.value === 'svg' ? 'svg' : 'png')}>
          <option value="png">PNG</option>
          <option value="svg">SVG</option>
        </select>
      </label>
      <label className="share-dialog__option">
        {t('shareImageSize')}
        <select
          data-testid="export-image-size"
          value={preset}
          onChange={(e) => setPreset(e.target.value in IMAGE_PRESETS ? (e.target.value as ImagePresetName) : 'social')}
        >
          {(Object.keys(IMAGE_PRESETS) as ImagePresetName[]).map((name) => (
            <option key={name} value={name}>
              {t(sizeLabels[name])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="export-image" disabled={data === null || status.kind === 'working'} onClick={() => void run()}>
        {status.kind === 'working' ? t('shareImageWorking') : t('shareImageDownload')}
      </button>
      <p id={`${id}-note`} className="share-dialog__note share-image__note">
        {t('shareImageNote')}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" className="share-image__error">
          {t('shareImageFailed', { message: status.message })}
        </p>
      )}
    </fieldset>
  )
}
