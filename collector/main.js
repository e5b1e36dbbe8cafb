#!/usr/bin/env node
// @ts-check
// The collector on its own: `npm run collector`. Its environment variables are read by
// read-env.js and listed in collector/README.md.
import { fileURLToPath } from 'node:url'
import { readEnv } from './read-env.js'
import { startCollector } from './start-collector.js'

const options = readEnv(process.env, fileURLToPath(new URL('sharecue.db', import.meta.url)))
const { url, close } = await startCollector(options).catch((error) => {
  if (error?.code !== 'EADDRINUSE') throw error
  console.error(`sharecue collector: port ${options.port} is in use; pick another with PORT=<port>`)
  process.exit(1)
})
console.log(`sharecue collector: ${url}/events`)

const stop = async () => {
  await close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
