import { h } from 'preact'

export interface SnippetBoxProps {
  html: string
  npm: string
  onCopy(which: 'html' | 'npm', text: string): void
  /** `<which>:<what the last copy said>` ("html:HTML snippet copied"), shown on its button while it lasts. */
  copied: string
}

/** The embed code for the current settings: the script tag and target, and the npm equivalent. */
export const SnippetBox = ({ html, npm, onCopy, copied }: SnippetBoxProps) => {
  const label = (which: string, idle: string) => (copied.startsWith(`${which}:`) ? `✓ ${copied.slice(which.length + 1)}` : idle)
  return (
  <div class="snippets">
    <div class="snippet">
      <div class="snippet-head"><h4 id="snippet-html-title">Script tag</h4>
        <button type="button" onClick={() => onCopy('html', html)} aria-describedby="snippet-html-title">{label('html', 'Copy HTML')}</button></div>
      <pre tabIndex={0} aria-labelledby="snippet-html-title"><code id="snippet-html">{html}</code></pre>
    </div>
    <div class="snippet">
      <div class="snippet-head"><h4 id="snippet-npm-title">npm</h4>
        <button type="button" onClick={() => onCopy('npm', npm)} aria-describedby="snippet-npm-title">{label('npm', 'Copy code')}</button></div>
      <pre tabIndex={0} aria-labelledby="snippet-npm-title"><code id="snippet-npm">{npm}</code></pre>
    </div>
    <p class="hint">The snippet carries the product’s data so it works on any page; on your product pages, leave out what your JSON-LD already says.</p>
    <p class="hint">Pasted into a page on another site, it works as here: this demo serves <code>/dist/</code> with <code>Access-Control-Allow-Origin: *</code>, so the lazy parts load, and its collector takes events from any origin. Your own set-up needs the same two things: serve <code>sharecue.js</code> and its <code>sc-*.js</code> files from one folder (with CORS if on a CDN), and list your shop’s origin in the collector’s <code>SHARECUE_ORIGINS</code>; then point <code>data-endpoint</code> at it. <code>ShareCue.check()</code> in the page’s console says what is missing.</p>
    <p class="v" role="status">{copied.slice(copied.indexOf(':') + 1)}</p>
  </div>
  )
}
