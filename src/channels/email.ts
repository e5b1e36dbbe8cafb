import { intent, textAndUrl, type Channel } from './channel'

/** The visitor's mail app, through a `mailto:` link (RFC 6068). */
export const email: Channel = {
  id: 'email',
  name: 'Email', // neutral zinc
  scope: 'private',
  icon: () => import('../icons/email'),
  // A blank line keeps the link on its own line, where every client makes it clickable; line
  // breaks in a mailto: body are CRLF (RFC 6068 §5).
  url: (data) => intent('mailto:', { subject: data.title, body: textAndUrl(data, '\r\n\r\n') }),
}
