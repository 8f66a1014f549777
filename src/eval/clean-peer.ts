/** The peer `eval clean` prints beside pressroom: @mozilla/readability on a linkedom DOM. */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

// Block elements of readability's article HTML. Its `textContent` glues blocks together
// ("end.Next"), merging words across paragraphs; the text is taken with a line break around
// each block instead, the way the figures in ../shared/data/README.md were measured.
const BLOCKS = 'p,div,h1,h2,h3,h4,h5,h6,li,tr,td,th,br,blockquote,pre,section,article,figure,figcaption,ul,ol,table,dt,dd'

/** Readability's article text for one page ('' when it finds no article or fails). */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html)
    const article = new Readability(document as never).parse()
    if (!article?.content) return ''
    const { document: out } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`)
    for (const el of out.querySelectorAll(BLOCKS)) {
      el.before(out.createTextNode('\n'))
      el.after(out.createTextNode('\n'))
    }
    return out.body.textContent ?? ''
  } catch {
    return ''
  }
}
