/** The interface languages. */
export type Lang = 'en' | 'ja'
