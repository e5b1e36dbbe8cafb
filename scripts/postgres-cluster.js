#!/usr/bin/env node
/**
 * A throwaway PostgreSQL server for the collector's store tests and bench: a new cluster in a
 * temporary folder, on a free loopback port, stopped and deleted by `stop()` (and when the
 * process exits, whatever happens).
 *
 *   import { startPostgres } from './scripts/postgres-cluster.js'
 *   const pg = await startPostgres()
 *   const url = await pg.createDatabase()   // postgres://sharecue@127.0.0.1:<port>/<fresh name>
 *   pg.stop()
 *
 * The server comes from $SHARECUE_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin
 * (Debian's layout), else `pg_config --bindir`. On Debian as root, a missing server is
 * installed with `apt-get install -y postgresql` (after `apt-get update` when that fails), as
 * scripts/find-chromium.js does for Chromium. PostgreSQL refuses to run as root, so as root
 * the cluster belongs to the `postgres` user that package creates.
 */
import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'

const isRoot = () => process.getuid?.() === 0
const debianRoot = '/usr/lib/postgresql'

/** The folder of initdb and pg_ctl, or undefined. */
const findBin = () => {
  if (process.env.SHARECUE_PG_BIN) return process.env.SHARECUE_PG_BIN
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot).filter((name) => existsSync(join(debianRoot, name, 'bin', 'initdb')))
    const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
    if (newest) return join(debianRoot, newest, 'bin')
  }
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' })
  const bin = config.status === 0 ? config.stdout.trim() : ''
  return bin && existsSync(join(bin, 'initdb')) ? bin : undefined
}

/** @param {string[]} args */
const apt = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0

/** Finds the server, installing Debian's package when it is missing and this is allowed. */
export const findPostgres = () => {
  let bin = findBin()
  if (bin) return bin
  if (existsSync('/etc/debian_version') && isRoot()) {
    process.stderr.write('postgres-cluster: no PostgreSQL found; installing Debian\'s postgresql package\n')
    // Stale package lists fail the install; fresh ones are fetched only then.
    if (!apt(['install', '-y', 'postgresql']) && !(apt(['update']) && apt(['install', '-y', 'postgresql']))) {
      throw new Error('apt-get install -y postgresql failed')
    }
    bin = findBin()
    if (bin) return bin
  }
  throw new Error('No PostgreSQL server found: install it (Debian: apt-get install postgresql) or set SHARECUE_PG_BIN to its bin folder')
}

/** A port free on 127.0.0.1 right now. @returns {Promise<number>} */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer()
  server.once('error', reject)
  server.listen(0, '127.0.0.1', () => {
    const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
    server.close(() => resolve(port))
  })
})

/**
 * Starts a cluster. `durable: false` (tests) turns off fsync: faster, and a crash of the
 * machine loses a cluster that is deleted anyway; the bench keeps it on.
 * @param {{ durable?: boolean }} [options]
 */
export const startPostgres = async ({ durable = false } = {}) => {
  const bin = findPostgres()
  const dir = mkdtempSync(join(tmpdir(), 'sharecue-pg-'))
  const owner = isRoot() ? 'postgres' : userInfo().username
  if (isRoot()) {
    const id = spawnSync('id', ['-u', owner], { encoding: 'utf8' })
    const gid = spawnSync('id', ['-g', owner], { encoding: 'utf8' })
    chownSync(dir, Number(id.stdout), Number(gid.stdout))
  }
  /** Runs a server program as the cluster's owner. @param {string} program @param {string[]} args */
  const run = (program, args) => {
    const [command, all] = isRoot() ? ['runuser', ['-u', owner, '--', join(bin, program), ...args]] : [join(bin, program), args]
    const result = spawnSync(command, all, { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr || result.stdout}`)
  }
  const data = join(dir, 'data')
  const port = await freePort()
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    process.off('exit', stop)
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
    } catch { /* never started, or already gone */ }
    rmSync(dir, { recursive: true, force: true })
  }
  process.on('exit', stop)
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'}`
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'sharecue', '-E', 'UTF8', '--no-sync'])
    run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start'])
  } catch (error) {
    stop()
    throw error
  }
  const server = `postgres://sharecue@127.0.0.1:${port}`
  let databases = 0
  return {
    /** Stops the server as a crash would (`immediate`), keeping its data: a database that goes away. */
    down: () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']),
    /** Starts it again on the same port, after `down()`. */
    up: () => run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']),
    url: `${server}/postgres`,
    /** A new, empty database; its URL. */
    async createDatabase() {
      const name = `sharecue_${process.pid}_${++databases}`
      const client = new pg.Client({ connectionString: `${server}/postgres` })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `${server}/${name}`
    },
    stop,
  }
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  // Starts one and prints its URL until Ctrl-C: `node scripts/postgres-cluster.js`.
  const cluster = await startPostgres()
  console.log(cluster.url)
  const stop = () => {
    cluster.stop()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  setInterval(() => {}, 1 << 30)
}
