import type { FastifyRequest } from 'fastify'

/**
 * Who may follow which topic. A topic is `kind:id`; each context registers the kinds it
 * publishes with a check. An unknown kind or a refused check reads as "no such topic".
 */
export type TopicCheck = (request: FastifyRequest, id: string) => Promise<boolean>

export function createTopicRegistry() {
  const checks = new Map<string, TopicCheck>()
  return {
    register(kind: string, check: TopicCheck): void {
      checks.set(kind, check)
    },
    async mayFollow(request: FastifyRequest, topic: string): Promise<boolean> {
      const colon = topic.indexOf(':')
      if (colon <= 0) return false
      const check = checks.get(topic.slice(0, colon))
      return check ? check(request, topic.slice(colon + 1)) : false
    },
  }
}

export type TopicRegistry = ReturnType<typeof createTopicRegistry>
