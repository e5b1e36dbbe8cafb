import { h } from 'preact'

export interface SnippetBoxProps {
  html: string
  npm: string
  onCopy(which: 'html' | 'npm', text: string): void
  /** What the last copy said ("Copied"), for the live region. */
  copied: string
}

/** The embed code for the current settings: the script tag and target, and the npm equivalent. */
export const SnippetBox = ({ html, npm, onCopy, copied }: SnippetBoxProps) => (
  <div class="snippets">
    <div class="snippet">
      <div class="snippet-head"><h4 id="snippet-html-title">Script tag</h4>
        <button type="button" onClick={() => onCopy('html', html)} aria-describedby="snippet-html-title">Copy HTML</button></div>
      <pre tabIndex={0} aria-labelledby="snippet-html-title"><code id="snippet-html">{html}</code></pre>
    </div>
    <div class="snippet">
      <div class="snippet-head"><h4 id="snippet-npm-title">npm</h4>
        <button type="button" onClick={() => onCopy('npm', npm)} aria-describedby="snippet-npm-title">Copy code</button></div>
      <pre tabIndex={0} aria-labelledby="snippet-npm-title"><code id="snippet-npm">{npm}</code></pre>
    </div>
    <p class="hint">The snippet carries the product’s data so it works on any page; on your product pages, leave out what your JSON-LD already says. Point <code>data-endpoint</code> at your own collector.</p>
    <p class="v" role="status">{copied}</p>
  </div>
)
