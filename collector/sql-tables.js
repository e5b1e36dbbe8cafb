// @ts-check

/**
 * The tables of the store, for SQLite or PostgreSQL (the same SQL but for the arrival
 * order: SQLite's rowid, a sequence in PostgreSQL).
 *
 * - `events`: one row per event, kept once by id; what /events/recent lists.
 * - `counters`: events per UTC day, type, product, channel and variant (empty text for none),
 *   a landing under the product, channel and variant of the share that brought it.
 * - `figures`: other sums per day: `converted` landings, `dropped` events, `depth:<n>` shares.
 * Both are split into `shard`s: with PostgreSQL, each transaction adds to a shard of its own
 * choosing, so that concurrent batches do not queue on one row lock until each commits
 * (every batch of a day adds to the same few counters); /stats sums the shards.
 * - `shares`: the first click of each share id, what its landings inherit and its chain depth.
 * - `products`: the latest title sent for each product URL.
 * - `views`: the widget views that shared at least once (a view is counted once, however
 *   often it shared: the unit of A/B share rates).
 * - `orders`: each order once by its id, whichever way it came (a page's `purchase`, a
 *   webhook), with the share it is attributed to and the keys it was counted under.
 * - `asks`: each "Ask my friends" share once, with its product, channel and variant, and the
 *   answers it got (`yes`, `maybe`, `no`): what GET /replies reads.
 * - `meta`: whether the counters were built, and the last write of /health.
 * Revenue is counted in thousandths of the currency's major unit, so that sums stay exact.
 * @param {'sqlite' | 'postgres'} kind
 */
export const tables = (kind) => [
  `CREATE TABLE IF NOT EXISTS events (
    ${kind === 'postgres' ? 'seq BIGSERIAL UNIQUE,' : ''}
    id TEXT PRIMARY KEY NOT NULL,
    type TEXT NOT NULL,
    ts BIGINT NOT NULL,
    page TEXT NOT NULL,
    widget TEXT,
    channel TEXT,
    share_id TEXT,
    parent_share_id TEXT,
    variant TEXT,
    product_url TEXT,
    product_title TEXT,
    product_sku TEXT,
    preview SMALLINT NOT NULL DEFAULT 0,
    received_at BIGINT NOT NULL,
    view_id TEXT,
    order_id TEXT,
    order_value DOUBLE PRECISION,
    order_currency TEXT,
    order_items TEXT,
    ask SMALLINT NOT NULL DEFAULT 0,
    reply TEXT
  )`,
  // The landings a late share takes over are found by share id.
  "CREATE INDEX IF NOT EXISTS events_landing ON events (share_id) WHERE type = 'share_landing'",
  `CREATE TABLE IF NOT EXISTS counters (
    day INTEGER NOT NULL, type TEXT NOT NULL, product TEXT NOT NULL, channel TEXT NOT NULL, variant TEXT NOT NULL,
    shard SMALLINT NOT NULL, n BIGINT NOT NULL,
    PRIMARY KEY (day, type, product, channel, variant, shard)
  )`,
  `CREATE TABLE IF NOT EXISTS figures (
    day INTEGER NOT NULL, name TEXT NOT NULL, shard SMALLINT NOT NULL, n BIGINT NOT NULL,
    PRIMARY KEY (day, name, shard)
  )`,
  `CREATE TABLE IF NOT EXISTS shares (
    share_id TEXT PRIMARY KEY NOT NULL, parent TEXT, ts BIGINT NOT NULL, depth INTEGER NOT NULL,
    product TEXT NOT NULL, channel TEXT NOT NULL, variant TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS shares_parent ON shares (parent)',
  'CREATE TABLE IF NOT EXISTS products (url TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL)',
  'CREATE TABLE IF NOT EXISTS views (view_id TEXT PRIMARY KEY NOT NULL)',
  `CREATE TABLE IF NOT EXISTS orders (
    order_id TEXT PRIMARY KEY NOT NULL, ts BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL, currency TEXT NOT NULL,
    share_id TEXT, product TEXT NOT NULL, channel TEXT NOT NULL, variant TEXT NOT NULL, depth INTEGER NOT NULL,
    signed SMALLINT NOT NULL DEFAULT 0
  )`,
  'CREATE INDEX IF NOT EXISTS orders_share ON orders (share_id)',
  `CREATE TABLE IF NOT EXISTS asks (
    share_id TEXT PRIMARY KEY NOT NULL, ts BIGINT NOT NULL, product TEXT NOT NULL, channel TEXT NOT NULL, variant TEXT NOT NULL,
    said_yes INTEGER NOT NULL DEFAULT 0, said_maybe INTEGER NOT NULL DEFAULT 0, said_no INTEGER NOT NULL DEFAULT 0
  )`,
  'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)',
]

/**
 * Columns added to `events` since its first version, for databases made before them:
 * `[name, type]`, added where missing (see the stores' `migrate`).
 */
export const addedColumns = [
  ['view_id', 'TEXT'],
  ['order_id', 'TEXT'],
  ['order_value', 'DOUBLE PRECISION'],
  ['order_currency', 'TEXT'],
  ['order_items', 'TEXT'],
  ['ask', 'SMALLINT NOT NULL DEFAULT 0'],
  ['reply', 'TEXT'],
]

/**
 * Columns added to `orders` since its first version, likewise: `signed`, an order the shop's
 * server sent (its value counts over a page's).
 */
export const addedOrderColumns = [
  ['signed', 'SMALLINT NOT NULL DEFAULT 0'],
]
