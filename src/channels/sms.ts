import { intent, textAndUrl, type Channel } from './channel'

/** A text message. */
export const sms: Channel = {
  id: 'sms',
  name: 'SMS', // neutral stone
  scope: 'private',
  icon: () => import('../icons/sms'),
  // `sms:?&body=`: iOS reads the body after `&`, Android after `?`; this form works on both.
  url: (data) => intent('sms:', { body: textAndUrl(data) }, '&'),
  // One GSM-7 segment; longer texts (or 70+ UCS-2 characters, e.g. emoji) are split and may cost more.
  limit: { max: 160 },
}
