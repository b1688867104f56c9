export { authApi, fetchMe, meKey, setSignedIn, setSignedOut, useMe } from './account'
export { ApiError, api, apiRequest, isApiError, NetworkError, type RawBody } from './client'
export { errorField, errorMessage } from './errors'
export { type LiveHandlers, type LiveOptions, type LiveStatus, liveEventsPath, useLiveEvents } from './live'
