import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AccountPatchBody,
  ApiError,
  LoginBody,
  Me,
  PasswordResetConfirmBody,
  PasswordResetRequestBody,
  SignupBody,
} from '@vigie/contract'
import Type from 'typebox'
import type { SessionCookies } from './authentication'
import type { AccountsService } from './service'

const errors = { '4xx': ApiError }

export function accountRoutes(accounts: AccountsService, cookies: SessionCookies): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/auth/signup',
      { schema: { body: SignupBody, response: { 201: Me, ...errors } } },
      async (request, reply) => {
        const { me, sessionToken } = await accounts.signup(request.body, request.ip)
        cookies.setSessionCookie(reply, sessionToken)
        return reply.status(201).send(me)
      },
    )

    app.post(
      '/api/auth/login',
      { schema: { body: LoginBody, response: { 200: Me, ...errors } } },
      async (request, reply) => {
        const { me, sessionToken } = await accounts.login(request.body, request.ip)
        cookies.setSessionCookie(reply, sessionToken)
        return me
      },
    )

    app.post(
      '/api/auth/logout',
      { schema: { response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        const token = request.sessionToken()
        if (token) await accounts.logout(token)
        cookies.clearSessionCookie(reply)
        return reply.status(204).send(null)
      },
    )

    app.get('/api/auth/me', { schema: { response: { 200: Me, ...errors } } }, async (request) =>
      accounts.me(await request.requireUserId()),
    )

    app.post(
      '/api/auth/password-reset/request',
      { schema: { body: PasswordResetRequestBody, response: { 202: Type.Null(), ...errors } } },
      async (request, reply) => {
        await accounts.requestPasswordReset(request.body.email, request.ip)
        return reply.status(202).send(null)
      },
    )

    app.post(
      '/api/auth/password-reset/confirm',
      { schema: { body: PasswordResetConfirmBody, response: { 204: Type.Null(), ...errors } } },
      async (request, reply) => {
        await accounts.confirmPasswordReset(request.body.token, request.body.password)
        return reply.status(204).send(null)
      },
    )

    app.patch(
      '/api/account',
      { schema: { body: AccountPatchBody, response: { 200: Me, ...errors } } },
      async (request) => accounts.updateAccount(await request.requireUserId(), request.body),
    )
  }
}
