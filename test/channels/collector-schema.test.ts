import { describe, expect, it } from 'vitest'
import { channelIds } from '../../src/channels/registry'
// @ts-expect-error -- plain JavaScript with JSDoc, checked by its own tsconfig
import { channels, eventTypes } from '../../collector/schema.js'

describe('the reference collector', () => {
  it('accepts exactly the widget’s channel ids', () => {
    expect([...channels].sort()).toEqual([...channelIds].sort())
  })

  it('accepts exactly the contract’s event types', () => {
    expect(eventTypes).toEqual(['widget_view', 'share_click', 'share_complete', 'share_landing', 'purchase', 'ask_reply'])
  })
})
