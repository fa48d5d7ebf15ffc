import { useTranslate } from '../context/app-context'

/**
 * "Share…": the phone's own share sheet (LINE, Mail, Messages) where the browser offers the
 * Web Share API; nothing where it does not (the Copy button beside it does the job there).
 */
export function NativeShareButton({ title, url, testId }: { title: string; url: string; testId: string }) {
  const t = useTranslate()
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return null
  return (
    <button
      type="button"
      className="native-share"
      data-testid={testId}
      onClick={() => {
        // A cancelled share rejects: nothing to tell the reader.
        navigator.share({ title, url }).catch(() => undefined)
      }}
    >
      {t('shareNative')}
    </button>
  )
}
