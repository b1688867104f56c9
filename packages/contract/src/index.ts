export * from './accounts'
export * from './errors'
export * from './events'
export * from './centre'
