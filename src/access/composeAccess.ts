import type { Access, AccessArgs, AccessResult, Where } from 'payload'

import { combineWhereConstraints } from 'payload/shared'

const toWhere = (result: AccessResult): undefined | Where =>
  typeof result === 'object' ? result : undefined

/** Allows what any of the predicates allows; `Where` results are OR-ed. Short-circuits on `true`. */
export const accessOr =
  (...predicates: Access[]): Access =>
  async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const predicate of predicates) {
      const result = await predicate(args)
      if (result === true) {
        return true
      }
      const where = toWhere(result)
      if (where) {
        wheres.push(where)
      }
    }
    return wheres.length ? combineWhereConstraints(wheres, 'or') : false
  }

/** Allows only what every predicate allows; `Where` results are AND-ed. Short-circuits on `false`. */
export const accessAnd =
  (...predicates: Access[]): Access =>
  async (args: AccessArgs) => {
    const wheres: Where[] = []
    for (const predicate of predicates) {
      const result = await predicate(args)
      if (!result) {
        return false
      }
      const where = toWhere(result)
      if (where) {
        wheres.push(where)
      }
    }
    return wheres.length ? combineWhereConstraints(wheres, 'and') : true
  }

/** Denies everyone through the API; the plugin's jobs write with the Local API. */
export const nobody: Access = () => false
