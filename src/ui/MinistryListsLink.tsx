import { useTranslate } from '../context/app-context'

const MHLW_DEATH_LISTS_URL = 'https://www.mhlw.go.jp/topics/bukyoku/syakai/soren/index.html'

/** A plain link to the ministry's lists of those who died in detention; it opens in a new tab. */
export function MinistryListsLink({ href = MHLW_DEATH_LISTS_URL, testId }: { href?: string; testId: string }) {
  const t = useTranslate()
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId} hrefLang="ja">
      {t('mhlwListsLink')}
      <span className="visually-hidden">{t('opensNewTab')}</span>
    </a>
  )
}
