export * from './accounts'
export * from './centre'
export * from './errors'
export * from './events'
