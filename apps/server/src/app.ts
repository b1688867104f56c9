import cookie from '@fastify/cookie'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import Type from 'typebox'
import { registerAuthentication } from './accounts/authentication'
import type { Mailer } from './accounts/mailer'
import { createMembersService } from './accounts/members'
import { memberRoutes } from './accounts/members-routes'
import { accountRoutes } from './accounts/routes'
import { createAccountsService } from './accounts/service'
import { createCertificateVerification } from './candidate/certificate-verification'
import { createCompanionAlerts } from './candidate/companion'
import { companionDownloadRoutes } from './candidate/companion-downloads'
import { type ConnectionTracker, createConnectionTracker } from './candidate/connections'
import { createJoin } from './candidate/join'
import { createTestAccess } from './candidate/own-test'
import { resultRoutes } from './candidate/result-routes'
import { createCandidateResults } from './candidate/results'
import { candidateSpaceRoutes } from './candidate/routes'
import { createSignalements } from './candidate/signalements'
import { createTests } from './candidate/tests'
import { candidateRoutes } from './centre/candidate-routes'
import { createCandidatesService } from './centre/candidates'
import { documentRoutes } from './centre/document-routes'
import { createFinalisation } from './centre/finalisation'
import { finalisationRoutes } from './centre/finalisation-routes'
import { createIncidentReports } from './centre/incident-report'
import { createResults } from './centre/results'
import { centreSessionRoutes } from './centre/routes'
import { createCentreService } from './centre/service'
import type { Clock } from './clock'
import type { Database } from './db/database'
import { createEngines } from './evaluation/engines'
import { createEventBus, type EventBus } from './events/bus'
import { type EventStreams, eventRoutes } from './events/routes'
import { createTopicRegistry } from './events/topics'
import { registerCrossSiteProtection } from './http/cross-site'
import { registerErrorHandler } from './http/error-handler'
import { registerMetrics } from './http/metrics'
import { registerSecurityHeaders } from './http/security-headers'
import { validatorCompiler } from './http/validation'
import { registerWebApp } from './http/web-app'
import { createInvigilatorAccess } from './invigilation/access'
import { createEndTest } from './invigilation/end-test'
import { createExtensionConfirmation } from './invigilation/extension'
import { createPresence } from './invigilation/presence'
import { createRoom } from './invigilation/room'
import { invigilationRoutes } from './invigilation/routes'
import { createSignalementDecisions } from './invigilation/signalements'
import { createThrottle } from './throttle/throttle'

export interface AppDeps {
  database: Database
  logger: Logger
  clock: Clock
  mailer: Mailer
  publicUrl: string
  secret: string
  webDist: string
  trustProxy?: boolean | string
  /** Absent: no `/metrics`. */
  metricsToken?: string | undefined
  /** The built Companion extension; absent: `apps/companion/dist`. */
  companionDist?: string | undefined
}

export interface Vigie {
  app: FastifyInstance
  bus: EventBus
  streams: EventStreams
  connections: ConnectionTracker
  /** Every route registered, for tests that must cover them all and for metrics labels. */
  routes: Array<{ method: string; url: string }>
}

/** The composition root: every context, wired once. */
export async function buildApp(deps: AppDeps): Promise<Vigie> {
  const { database, logger, clock } = deps
  const https = deps.publicUrl.startsWith('https:')
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    trustProxy: deps.trustProxy ?? false,
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  const routes: Vigie['routes'] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url })
  })
  registerErrorHandler(app)
  // Before every route, so that its timing hook sees them all; the streams exist only further down.
  const metrics = registerMetrics(app, {
    token: deps.metricsToken,
    database,
    openStreams: () => events.streams.open,
  })
  await registerSecurityHeaders(app, https)
  await app.register(cookie, { secret: deps.secret })
  registerCrossSiteProtection(app, deps.publicUrl)

  const { db } = database
  const throttle = createThrottle(db, clock)
  const accounts = createAccountsService({
    db,
    throttle,
    mailer: deps.mailer,
    clock,
    publicUrl: deps.publicUrl,
  })
  const cookies = registerAuthentication(app, accounts, https)
  const centre = createCentreService({ db, clock })
  const candidates = createCandidatesService({ db, clock, centre })
  const invigilators = createInvigilatorAccess({ db, clock, throttle })
  const presence = createPresence({ db, clock, access: invigilators })
  const join = createJoin({ db, clock, throttle })
  const engines = createEngines(db)
  const testAccess = createTestAccess({ clock, engines })
  const tests = createTests({ db, clock, throttle, engines, access: testAccess })
  const signalements = createSignalements({ db, clock, access: testAccess })
  const companionAlerts = createCompanionAlerts({ db, clock, access: testAccess })
  const connections = createConnectionTracker({ db, clock, logger })
  const room = createRoom({ db, clock, access: invigilators, engines })
  const endTest = createEndTest({ db, clock, access: invigilators, engines })
  const decisions = createSignalementDecisions({ db, clock, access: invigilators, engines })
  const extension = createExtensionConfirmation({ db, clock, access: invigilators })
  const incidentReports = createIncidentReports({ db, clock, access: invigilators })
  const members = createMembersService({ db, mailer: deps.mailer, clock, publicUrl: deps.publicUrl })
  const results = createResults({ db, clock, centre })
  const finalisation = createFinalisation({ db, clock, centre, engines, results })
  const candidateResults = createCandidateResults({ db, publicUrl: deps.publicUrl })
  const verifications = createCertificateVerification({ db, throttle })

  const bus = createEventBus(database, logger, metrics.eventDelivered)
  const topics = createTopicRegistry()
  topics.register('user', async (request, id) => (await request.userId()) === id)
  topics.register('session', async (request, id) => invigilators.isInvigilator(await request.userId(), id))
  topics.register('candidate', async (request, id) => join.owns(await request.userId(), id))
  const events = eventRoutes(bus, topics, (topic) =>
    topic.startsWith('candidate:') ? connections.follow(topic.slice('candidate:'.length)) : undefined,
  )

  app.get(
    '/api/health',
    {
      schema: {
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }),
          503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute()
      } catch (error) {
        logger.error({ err: error }, 'health check: database unreachable')
        return reply.status(503).send({ status: 'unavailable' as const, database: database.backend })
      }
      return { status: 'ok' as const, database: database.backend }
    },
  )
  await app.register(accountRoutes(accounts, cookies))
  await app.register(memberRoutes(members))
  await app.register(centreSessionRoutes(centre))
  await app.register(candidateRoutes(candidates))
  await app.register(finalisationRoutes({ finalisation, results }))
  await app.register(
    documentRoutes({ centre, candidates, incidentReports, results, publicUrl: deps.publicUrl }),
  )
  await app.register(
    invigilationRoutes({ access: invigilators, room, presence, endTest, decisions, extension }),
  )
  await app.register(candidateSpaceRoutes({ db, join, tests, signalements, companionAlerts }))
  await app.register(resultRoutes({ results: candidateResults, verifications }))
  await app.register(companionDownloadRoutes({ dist: deps.companionDist, publicUrl: deps.publicUrl }))
  await app.register(events.plugin)
  await registerWebApp(app, deps.webDist)

  app.addHook('onReady', async () => {
    await bus.start()
    connections.start()
  })
  // Streams never end by themselves: close them first so that closing the server does not wait on them.
  app.addHook('preClose', async () => {
    events.streams.closeAll()
    await connections.stop()
    await bus.stop()
  })
  return { app, bus, streams: events.streams, connections, routes }
}
