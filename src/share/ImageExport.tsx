import { useId, useMemo, useState } from 'react'
import type { LoadedData } from '../data/dataset'
import type { ViewState } from '../url/url-state'
import { useLang, useTranslate } from '../context/app-context'
import { IMAGE_PRESETS, type ImagePresetName } from '../render-image/presets'
import { imageTexts, type ImageTexts } from '../render-image/image-texts'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH } from '../url/plain-text'

type Props = { state: ViewState; data: LoadedData | null }

const sizeLabels: Record<ImagePresetName, 'imageSizeSocial' | 'imageSizeSquare' | 'imageSizePrint'> = {
  social: 'imageSizeSocial',
  square: 'imageSizeSquare',
  print: 'imageSizePrint',
}

type TextField = keyof ImageTexts
const textFields: readonly {
  key: TextField
  label: 'shareImageTitle' | 'shareImageSubtitle' | 'shareImageNoteField'
  maxLength: number
}[] = [
  { key: 'title', label: 'shareImageTitle', maxLength: MAX_TITLE_LENGTH },
  { key: 'subtitle', label: 'shareImageSubtitle', maxLength: MAX_TITLE_LENGTH },
  { key: 'note', label: 'shareImageNoteField', maxLength: MAX_CAPTION_LENGTH },
]

/**
 * Share → Image: a still SVG or PNG of the current view, drawn from the data by the pure
 * renderer (src/render-image), which is loaded only when asked for. Its own title, subtitle
 * and source note start as the view's (region or filter, how many camps, the data version),
 * in the image's language; emptied, a text is left out. Unless the map's exact view is
 * kept, the image fits its camps, far ones in an inset.
 */
export function ImageExport({ state, data }: Props) {
  const lang = useLang()
  const t = useTranslate()
  const id = useId()
  const [format, setFormat] = useState<'svg' | 'png'>('png')
  const [preset, setPreset] = useState<ImagePresetName>('social')
  const [keepView, setKeepView] = useState(false)
  const [edits, setEdits] = useState<Partial<Record<TextField, string>>>({})
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; message: string }>({ kind: 'idle' })
  const defaults = useMemo(() => (data === null ? null : imageTexts(state, data, lang)), [state, data, lang])
  const valueOf = (key: TextField): string => edits[key] ?? defaults?.[key] ?? ''
  const run = async () => {
    if (data === null) return
    setStatus({ kind: 'working' })
    try {
      const { downloadViewImage } = await import('./image-download')
      await downloadViewImage({
        state: keepView ? state : { ...state, view: null },
        data,
        lang,
        format,
        size: IMAGE_PRESETS[preset],
        title: valueOf('title'),
        subtitle: valueOf('subtitle'),
        caption: valueOf('note'),
      })
      setStatus({ kind: 'idle' })
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <fieldset className="share-dialog__options share-image" aria-describedby={`${id}-note`}>
      <legend>{t('shareImage')}</legend>
      {textFields.map(({ key, label, maxLength }) => (
        <label key={key} className="share-dialog__option share-dialog__option--wide">
          {t(label)}
          <input
            type="text"
            data-testid={`export-image-${key}`}
            maxLength={maxLength}
            value={valueOf(key)}
            onChange={(e) => setEdits({ ...edits, [key]: e.target.value })}
          />
        </label>
      ))}
      <label className="share-dialog__option share-dialog__option--wide">
        <input type="checkbox" data-testid="export-image-keep-view" checked={keepView} onChange={(e) => setKeepView(e.target.checked)} />
        {t('shareImageKeepView')}
      </label>
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
