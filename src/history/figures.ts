/**
 * The figures of three or more digits in a text, normalised (separators dropped, full-width
 * digits folded), sorted: a translation must keep the same ones.
 * @example figuresOf('40,000 in 1945') → ['1945', '40000']
 */
export function figuresOf(text: string): string[] {
  const folded = text.normalize('NFKC')
  return (folded.match(/\d[\d,]*\d|\d/g) ?? [])
    .map((n) => n.replace(/,/g, ''))
    .filter((n) => n.length >= 3)
    .sort()
}
