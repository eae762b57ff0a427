export * from '../defaults.ts'
