import { useId, useRef, useState } from 'react'
import { useTranslate } from '../context/app-context'
import './copy-field.css'

type Props = { label: string; value: string; testId: string; multiline?: boolean; buttonLabel?: string }

/** A read-only field with a Copy button; where the clipboard is refused, the text is selected instead. */
export function CopyField({ label, value, testId, multiline = false, buttonLabel }: Props) {
  const t = useTranslate()
  const id = useId()
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState(false)
  const copy = () => {
    const select = () => fieldRef.current?.select()
    // Absent outside secure contexts, whatever the DOM types say.
    if (!('clipboard' in navigator)) {
      select()
      return
    }
    navigator.clipboard.writeText(value).then(() => setCopied(true), select)
  }
  return (
    <div className="copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        {multiline ? (
          <textarea id={id} ref={fieldRef} data-testid={testId} readOnly rows={5} value={value} onFocus={(e) => e.target.select()} />
        ) : (
          <input id={id} ref={fieldRef} data-testid={testId} readOnly value={value} onFocus={(e) => e.target.select()} />
        )}
        <button type="button" onClick={copy} onBlur={() => setCopied(false)}>
          {copied ? t('copied') : (buttonLabel ?? t('copy'))}
        </button>
      </div>
    </div>
  )
}
