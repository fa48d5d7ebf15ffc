import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { embedHref, fullMapHref } from '../url/embed-links'
import { clampHeightPx, defaultEmbedOptions, type EmbedOptions } from '../url/embed-options'
import type { Translate } from '../i18n/i18n'
import type { ViewState } from '../url/url-state'
import { CopyField } from '../ui/CopyField'
import { buildEmbedSnippet, snippetHeightPx } from './embed-snippet'
import './share.css'

type Props = { state: ViewState; t: Translate; onClose: () => void }

type Flag = 'sidebar' | 'legend' | 'interactive'
const flags: readonly { key: Flag; label: 'shareOptionList' | 'shareOptionLegend' | 'shareOptionInteractive' }[] = [
  { key: 'sidebar', label: 'shareOptionList' },
  { key: 'legend', label: 'shareOptionLegend' },
  { key: 'interactive', label: 'shareOptionInteractive' },
]

/**
 * The Share / Embed dialog (a native modal `<dialog>`: focus is trapped, Escape closes):
 * the link to the current view, the embed code for it with its options, and a live preview.
 */
export function ShareDialog({ state, t, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [flagValues, setFlagValues] = useState<Pick<EmbedOptions, Flag>>(defaultEmbedOptions)
  const [heightText, setHeightText] = useState(String(defaultEmbedOptions.heightPx))
  const options: EmbedOptions = useMemo(
    () => ({ ...defaultEmbedOptions, ...flagValues, heightPx: clampHeightPx(Number(heightText)) }),
    [flagValues, heightText],
  )
  const pageHref = window.location.href
  const link = useMemo(() => fullMapHref(state, pageHref), [state, pageHref])
  const previewSrc = useMemo(() => embedHref(state, options, pageHref), [state, options, pageHref])
  const snippet = useMemo(
    () => buildEmbedSnippet({ state, options, pageHref, title: t('shareFrameLabel'), ariaLabel: t('shareFrameLabel') }),
    [state, options, pageHref, t],
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
        <button type="button" className="share-dialog__close" onClick={onClose} aria-label={t('close')}>×</button>
      </header>
      <CopyField label={t('shareLink')} value={link} testId="share-link" t={t} />
      <fieldset className="share-dialog__options">
        <legend>{t('shareOptions')}</legend>
        {flags.map(({ key, label }) => (
          <label key={key} className="share-dialog__option">
            <input type="checkbox" data-testid={`share-option-${key}`} checked={flagValues[key]} onChange={(e) => setFlagValues({ ...flagValues, [key]: e.target.checked })} />
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
      </fieldset>
      <CopyField label={t('shareEmbedCode')} value={snippet} testId="share-snippet" multiline t={t} />
      <p className="share-dialog__note">{t('shareEmbedNote')}</p>
      <h3 className="share-dialog__preview-title">{t('sharePreview')}</h3>
      <iframe
        className="share-dialog__preview"
        data-testid="share-preview"
        src={previewSrc}
        title={t('sharePreview')}
        width="100%"
        height={snippetHeightPx(options)}
      />
    </dialog>
  )
}
