#!/usr/bin/env node
// @ts-check
// The collector on its own: `npm run collector`. PORT (default 8787; 0 picks a free one),
// SHARECUE_DB (default collector/sharecue.db) and SHARECUE_ORIGINS (comma-separated origins
// allowed to send events from other sites, or '*').
import { fileURLToPath } from 'node:url'
import { startCollector } from './start-collector.js'

const env = process.env
const port = Number(env.PORT ?? 8787)
const { url, close } = await startCollector({
  port,
  dbPath: env.SHARECUE_DB || fileURLToPath(new URL('sharecue.db', import.meta.url)),
  origins: (env.SHARECUE_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
}).catch((error) => {
  if (error?.code !== 'EADDRINUSE') throw error
  console.error(`sharecue collector: port ${port} is in use; pick another with PORT=<port>`)
  process.exit(1)
})
console.log(`sharecue collector: ${url}/events`)

const stop = async () => {
  await close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
