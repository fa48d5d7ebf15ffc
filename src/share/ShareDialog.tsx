import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { embedHref, fullMapHref } from '../url/embed-links'
import { clampHeightPx, defaultEmbedOptions, type EmbedOptions } from '../url/embed-options'
import type { ViewState } from '../url/url-state'
import { useTranslate } from '../context/app-context'
import type { LoadedData } from '../data/dataset'
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH, plainText } from '../url/plain-text'
import { ImageExport } from './ImageExport'
import { CopyField } from '../ui/CopyField'
import { DEFAULT_COLUMN_PX, buildEmbedSnippet, clampColumnPx, frameHeightPx } from './embed-snippet'
import { usePreviewHeight } from './use-preview-height'
import { creditLine } from '../render-image/credit'
import { NativeShareButton } from '../ui/NativeShareButton'
import './share.css'
import { currentHref } from '../state/url-store'

type Props = { state: ViewState; data: LoadedData | null; onClose: () => void }

type Flag = 'sidebar' | 'legend' | 'interactive'
const flags: readonly { key: Flag; label: 'shareOptionList' | 'shareOptionLegend' | 'shareOptionInteractive' }[] = [
  { key: 'sidebar', label: 'shareOptionList' },
  { key: 'legend', label: 'shareOptionLegend' },
  { key: 'interactive', label: 'shareOptionInteractive' },
]

/** The article's own words around the embed: plain text, cut to its length. */
type TextOption = 'title' | 'caption'
const textOptions: readonly { key: TextOption; label: 'shareOptionTitle' | 'shareOptionCaption'; maxLength: number }[] = [
  { key: 'title', label: 'shareOptionTitle', maxLength: MAX_TITLE_LENGTH },
  { key: 'caption', label: 'shareOptionCaption', maxLength: MAX_CAPTION_LENGTH },
]

/**
 * The Share / Embed dialog (a native modal `<dialog>`: focus is trapped, Escape closes):
 * the link to the current view, the embed code for it with its options (article title and
 * caption; the exact view only when asked: otherwise the embed fits its camps to the
 * article's width), a live preview, and a still image of the view.
 */
export function ShareDialog({ state, data, onClose }: Props) {
  const t = useTranslate()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [flagValues, setFlagValues] = useState<Pick<EmbedOptions, Flag>>(defaultEmbedOptions)
  const [heightText, setHeightText] = useState(String(defaultEmbedOptions.heightPx))
  const [columnText, setColumnText] = useState(String(DEFAULT_COLUMN_PX))
  const [keepView, setKeepView] = useState(false)
  const [texts, setTexts] = useState<Record<TextOption, string>>({ title: '', caption: '' })
  const options: EmbedOptions = useMemo(
    () => ({
      ...defaultEmbedOptions,
      ...flagValues,
      heightPx: clampHeightPx(Number(heightText)),
      title: plainText(texts.title, MAX_TITLE_LENGTH),
      caption: plainText(texts.caption, MAX_CAPTION_LENGTH),
    }),
    [flagValues, heightText, texts],
  )
  const pageHref = currentHref()
  const link = useMemo(() => fullMapHref(state, pageHref), [state, pageHref])
  // Without "keep this exact view" the embed has no #map=: it fits its camps to its frame.
  const embedState = useMemo(() => (keepView ? state : { ...state, view: null }), [state, keepView])
  const previewSrc = useMemo(() => embedHref(embedState, options, pageHref), [embedState, options, pageHref])
  const frameLabel = options.title ?? t('shareFrameLabel')
  // The frame's height for its whole layout at the article's column width: the preview's
  // own report once it has laid out at that width, an estimate until then. A page that
  // strips the host script then still shows the bar, the caption and the credit.
  const columnPx = clampColumnPx(Number(columnText))
  const previewRef = useRef<HTMLIFrameElement>(null)
  const measuredPx = usePreviewHeight(previewRef, `${columnPx} ${previewSrc}`)
  const estimatedPx = frameHeightPx(options, columnPx, creditLine(data?.metadata ?? null, t))
  const frameHeight = measuredPx ?? estimatedPx
  const snippet = useMemo(
    () => buildEmbedSnippet({ state: embedState, options, pageHref, title: frameLabel, ariaLabel: frameLabel, heightPx: frameHeight }),
    [embedState, options, pageHref, frameLabel, frameHeight],
  )

  useEffect(function openModal() {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return function closeModal() {
      if (dialog?.open) dialog.close()
    }
  }, [])

  return (
    <dialog ref={dialogRef} className="share-dialog" data-testid="share-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="share-dialog__header">
        <h2 id={titleId}>{t('shareTitle')}</h2>
        <button type="button" className="share-dialog__close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <CopyField label={t('shareLink')} value={link} testId="share-link" />
      <NativeShareButton title={t('appTitle')} url={link} testId="share-native" />
      <fieldset className="share-dialog__options">
        <legend>{t('shareOptions')}</legend>
        {flags.map(({ key, label }) => (
          <label key={key} className="share-dialog__option">
            <input
              type="checkbox"
              data-testid={`share-option-${key}`}
              checked={flagValues[key]}
              onChange={(e) => setFlagValues({ ...flagValues, [key]: e.target.checked })}
            />
            {t(label)}
          </label>
        ))}
        <label className="share-dialog__option">
          {t('shareOptionHeight')}
          <input
            type="number"
            data-testid="share-option-height"
            min={200}
            max={2000}
            step={10}
            value={heightText}
            onChange={(e) => setHeightText(e.target.value)}
            onBlur={() => setHeightText(String(options.heightPx))}
          />
        </label>
        <label className="share-dialog__option">
          {t('shareOptionColumn')}
          <input
            type="number"
            data-testid="share-option-column"
            min={280}
            max={1600}
            step={10}
            value={columnText}
            onChange={(e) => setColumnText(e.target.value)}
            onBlur={() => setColumnText(String(columnPx))}
          />
        </label>
        <label className="share-dialog__option share-dialog__option--wide">
          <input type="checkbox" data-testid="share-option-keep-view" checked={keepView} onChange={(e) => setKeepView(e.target.checked)} />
          {t('shareKeepView')}
        </label>
        {textOptions.map(({ key, label, maxLength }) => (
          <label key={key} className="share-dialog__option share-dialog__option--wide">
            {t(label)}
            <input
              type="text"
              data-testid={`share-option-${key}`}
              maxLength={maxLength}
              value={texts[key]}
              onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
            />
          </label>
        ))}
      </fieldset>
      <div data-testid="share-snippet-height" data-height={frameHeight} data-measured={measuredPx !== null ? 'true' : 'false'} hidden />
      <CopyField label={t('shareEmbedCode')} value={snippet} testId="share-snippet" multiline />
      <p className="share-dialog__note">{t('shareEmbedNote')}</p>
      <h3 className="share-dialog__preview-title">{t('sharePreview')}</h3>
      {/* A picture of the embed, not a stop for the keyboard: inert keeps Tab (and Escape) in the dialog. */}
      <div className="share-dialog__preview-column" tabIndex={0} role="region" aria-label={t('sharePreview')}>
        <iframe
          ref={previewRef}
          inert
          tabIndex={-1}
          className="share-dialog__preview"
          data-testid="share-preview"
          src={previewSrc}
          title={t('sharePreview')}
          width={columnPx}
          height={frameHeight}
        />
      </div>
      <ImageExport state={state} data={data} />
    </dialog>
  )
}
