import { useCampIndex, useLang, useTranslate } from '../context/app-context'
import { localName } from '../i18n/names'
import { selectLinkedCamps } from '../state/selectors'
import { useUrlSelector } from '../state/url-store'

/**
 * The other camps of a link that holds several (`camp=raychikha,taishet`): one tap away
 * from the camp open, in the link's order. Nothing when the link holds one camp.
 */
export function LinkedCamps({ onOpen }: { onOpen: ((id: string) => void) | undefined }) {
  const lang = useLang()
  const t = useTranslate()
  const index = useCampIndex()
  const ids = useUrlSelector(selectLinkedCamps)
  const camps = ids.flatMap((id) => index.byId.get(id) ?? [])
  if (camps.length === 0 || onOpen === undefined) return null
  return (
    <nav className="detail__linked" data-testid="linked-camps" aria-label={t('linkedCamps')}>
      <span className="detail__linked-label">{t('linkedCamps')}</span>
      <ul>
        {camps.map((camp) => (
          <li key={camp.id}>
            <button type="button" data-camp-id={camp.id} onClick={() => onOpen(camp.id)}>
              {localName(camp, lang)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
