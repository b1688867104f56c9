import type { FastifyReply } from 'fastify'

/** A file to save, never kept in a shared cache (documents carry passwords, names, results). */
export const download = (reply: FastifyReply, type: string, fileName: string, body: Buffer | string) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body)
