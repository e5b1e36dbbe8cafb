import { h } from 'preact'
import type { Message } from '../message'

/** The card image: its object URL once drawn, or why there is none (no card and no image channel: `none`). */
export type CardImage = { url: string } | 'drawing' | 'failed' | 'none'

export interface MessagePreviewProps {
  messages: Message[]
  cardImage: CardImage
}

/**
 * The copy and the link as the platform shows them: the link on its own line unless the copy
 * placed it. `dir="auto"`: messaging apps lay a message out from its first strong letter, so
 * Arabic copy reads from the right even on this English page.
 */
const Body = ({ m }: { m: Message }) => (
  <p class="msg-text" dir="auto">
    {m.text}
    {!m.text.includes(m.link) && <span>{m.text ? '\n' : ''}<a href={m.link} tabIndex={-1}>{m.link}</a></span>}
  </p>
)

const Bubble = ({ m }: { m: Message }) => {
  if (m.look === 'email') {
    return (
      <div class="msg email">
        <p class="msg-subject"><span>Subject:</span> <bdi>{m.title}</bdi></p>
        <p class="msg-text" dir="auto">{m.text}{!m.text.includes(m.link) && <span>{'\n\n'}<a href={m.link} tabIndex={-1}>{m.link}</a></span>}</p>
      </div>
    )
  }
  if (m.look === 'link' || m.ignored) {
    return (
      <div class="msg link">
        {m.text && <Body m={m} />}
        <div class="msg-card"><strong dir="auto">{m.title}</strong><span>{new URL(m.link).host}</span></div>
        {m.ignored && <p class="hint">Only the link is sent: the platform shows the page’s title and image.</p>}
      </div>
    )
  }
  return <div class={`msg ${m.look}`}><Body m={m} /></div>
}

/** A preview of each channel's message: a chat bubble, a post, an email or a link, and the card image. */
export const MessagePreview = ({ messages, cardImage }: MessagePreviewProps) => (
  <div class="preview">
    <ul class="messages">
      {messages.map((m) => (
        <li data-channel={m.id}>
          <h4>{m.name}{m.limit ? <span class="count"> {m.count} / {m.limit}</span> : null}</h4>
          <Bubble m={m} />
          {m.href && <details><summary>The link this button opens</summary><code class="href">{m.href}</code></details>}
        </li>
      ))}
    </ul>
    {cardImage !== 'none' && (
      <figure class="card-image">
        {typeof cardImage == 'object' ? <img src={cardImage.url} alt="The preview card as an image, as the image channel shares it" width={600} height={315} />
          : <p class="hint">{cardImage === 'failed' ? 'The card image could not be drawn.' : 'Drawing the card image…'}</p>}
        <figcaption>The card image (1200 × 630), drawn by the live widget’s <code>cardImage()</code>.</figcaption>
      </figure>
    )}
  </div>
)
