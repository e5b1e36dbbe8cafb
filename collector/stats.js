// @ts-check
import { eventTypes, shareTypes } from './schema.js'

/** @typedef {import('node-sqlite3-wasm').Database} Database */
/** @typedef {Record<string, number>} Counts */
/** @typedef {{ share_click: number, share_complete: number, share_landing: number }} ShareCounts */

/** Zero for each share type, so every group has the same keys. */
const zeros = () => /** @type {ShareCounts} */ (Object.fromEntries(shareTypes.map((type) => [type, 0])))

/** `IN (?, ?, ?)` for the share types, bound as parameters. */
const shareTypesIn = `type IN (${shareTypes.map(() => '?').join(', ')})`

/**
 * Share counts per value of one column (channel, variant, product_url). A landing that does
 * not say it itself (the page it lands on need not know its product or variant) counts for
 * the share that brought it: the `share_click` with its `shareId`.
 * @param {Database} db @param {string} column a column name from this file, never from a request
 * @returns {Map<string, ShareCounts>}
 */
const countBy = (db, column) => {
  /** @type {Map<string, ShareCounts>} */
  const groups = new Map()
  const rows = db.all(
    `SELECT key, type, COUNT(*) AS n FROM (
       SELECT type, COALESCE(${column}, CASE WHEN type = 'share_landing' THEN
         (SELECT click.${column} FROM events AS click WHERE click.type = 'share_click' AND click.share_id = e.share_id LIMIT 1)
       END) AS key
       FROM events AS e WHERE ${shareTypesIn}
     ) WHERE key IS NOT NULL GROUP BY key, type ORDER BY key`,
    shareTypes,
  )
  for (const { key, type, n } of rows) {
    const counts = groups.get(String(key)) ?? zeros()
    counts[/** @type {keyof ShareCounts} */ (String(type))] = Number(n)
    groups.set(String(key), counts)
  }
  return groups
}

/**
 * Share counts per variant and channel, for A/B copy tests: a landing counts for the variant
 * and channel of the click that shared its link.
 * @param {Database} db
 * @returns {Record<string, Record<string, ShareCounts>>}
 */
const countByVariantChannel = (db) => {
  /** @type {Record<string, Record<string, ShareCounts>>} */
  const out = {}
  const inherited = (/** @type {string} */ column) => `COALESCE(e.${column}, CASE WHEN e.type = 'share_landing' THEN
    (SELECT click.${column} FROM events AS click WHERE click.type = 'share_click' AND click.share_id = e.share_id LIMIT 1) END)`
  const rows = db.all(
    `SELECT variant, channel, type, COUNT(*) AS n FROM (
       SELECT e.type, ${inherited('variant')} AS variant, ${inherited('channel')} AS channel
       FROM events AS e WHERE ${shareTypesIn}
     ) WHERE variant IS NOT NULL AND channel IS NOT NULL GROUP BY variant, channel, type ORDER BY variant, channel`,
    shareTypes,
  )
  for (const { variant, channel, type, n } of rows) {
    const channels = (out[String(variant)] ??= {})
    const counts = (channels[String(channel)] ??= zeros())
    counts[/** @type {keyof ShareCounts} */ (String(type))] = Number(n)
  }
  return out
}

/**
 * Depth of every share chain: a `share_click` made by a visitor who arrived through an
 * earlier `share_click` (its `parentShareId` is that click's `shareId`) is one level deeper
 * than it. Walking clicks in time order means a parent is always seen before its children.
 * @param {Database} db
 */
const chains = (db) => {
  /** @type {Map<string, number>} depth by shareId */
  const depthOf = new Map()
  /** @type {Counts} */
  const byDepth = {}
  let maxDepth = 0
  const clicks = db.prepare(
    "SELECT share_id, parent_share_id FROM events WHERE type = 'share_click' ORDER BY ts, rowid",
  )
  try {
    for (const { share_id: shareId, parent_share_id: parent } of clicks.iterate()) {
      const depth = parent != null && depthOf.has(String(parent)) ? Number(depthOf.get(String(parent))) + 1 : 1
      if (shareId != null && !depthOf.has(String(shareId))) depthOf.set(String(shareId), depth)
      byDepth[depth] = (byDepth[depth] ?? 0) + 1
      maxDepth = Math.max(maxDepth, depth)
    }
  } finally {
    clicks.finalize()
  }
  return { maxDepth, byDepth }
}

/**
 * Everything the merchant asks of the events: counts per type, channel, product and
 * variant; how many shares brought a visitor back; how far shares travel.
 * @example stats(collector.db).conversion // { shares: 3, landings: 2, rate: 0.667 }
 * @param {Database} db
 */
export const stats = (db) => {
  const total = Number(db.get('SELECT COUNT(*) AS n FROM events')?.n ?? 0)

  /** @type {Counts} */
  const byType = Object.fromEntries(eventTypes.map((type) => [type, 0]))
  for (const { type, n } of db.all('SELECT type, COUNT(*) AS n FROM events GROUP BY type')) {
    byType[String(type)] = Number(n)
  }

  const titles = new Map(
    db.all(
      `SELECT product_url AS url, product_title AS title FROM events WHERE rowid IN
       (SELECT MAX(rowid) FROM events WHERE product_title IS NOT NULL GROUP BY product_url)`,
    ).map(({ url, title }) => [String(url), String(title)]),
  )
  const byProduct = [...countBy(db, 'product_url')]
    .map(([url, counts]) => ({ url, title: titles.get(url) ?? null, ...counts }))
    .sort((a, b) => b.share_click - a.share_click || (a.url < b.url ? -1 : 1))

  const shares = byType.share_click
  // A landing converts when its shareId is one a recorded click shared.
  const landings = Number(
    db.get(
      `SELECT COUNT(*) AS n FROM events AS landing WHERE landing.type = 'share_landing'
       AND landing.share_id IN (SELECT share_id FROM events WHERE type = 'share_click')`,
    )?.n ?? 0,
  )

  return {
    total,
    byType,
    byChannel: Object.fromEntries(countBy(db, 'channel')),
    byProduct,
    byVariant: Object.fromEntries(countBy(db, 'variant')),
    byVariantChannel: countByVariantChannel(db),
    // Widget views per variant: how many had the chance to share, the base of a share rate.
    viewsByVariant: Object.fromEntries(
      db.all(`SELECT variant, COUNT(*) AS n FROM events WHERE type = 'widget_view' AND variant IS NOT NULL GROUP BY variant ORDER BY variant`)
        .map(({ variant, n }) => [String(variant), Number(n)]),
    ),
    conversion: { shares, landings, rate: shares ? landings / shares : 0 },
    chains: chains(db),
    dropped: Number(db.get('SELECT COALESCE(SUM(count), 0) AS n FROM dropped')?.n ?? 0),
  }
}
