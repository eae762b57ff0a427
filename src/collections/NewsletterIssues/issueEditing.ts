import type { Field, SelectField, SelectFieldSingleValidation } from 'payload'

import { select } from 'payload/shared'

import { lockedFieldAccess } from '../../access/lockedFieldAccess.ts'
import { changesFrozenField, frozenFieldNames, isContentFrozen } from '../../delivery/frozenContent.ts'
import { isStatusThePlugins, statusChoicesFrom } from '../../newsletter/issueStatusChoices.ts'
import { translate } from '../../utilities/translate.ts'

/**
 * A person (API, admin) creates an issue as a draft or scheduled, and moves it between draft and
 * scheduled only; every other status is the plugin's own, written by its jobs with the Local API.
 */
export const validateIssueStatus: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  if (base !== true || options.overrideAccess || !options.req.user) {
    return base
  }
  const { operation, previousValue } = options
  const isAllowed = value === previousValue || statusChoicesFrom(operation === 'create' ? undefined : previousValue).includes(String(value))
  return isAllowed || translate(options.req, 'plugin-ambassadors:issueStatusNotAllowed')
}

/** The status reads as fixed in the admin once the plugin owns it; a change sent anyway meets the validation's 400. */
export const statusAccess = lockedFieldAccess(
  (doc) => isStatusThePlugins(doc.status),
  (data, doc) => data.status !== undefined && data.status !== doc.status,
)

/**
 * The content's fields read-only in the admin once the audience is frozen; a change sent anyway meets
 * freezeIssueContent's 409. Fields with an access of their own (the system's) keep it.
 */
export const lockFrozenContent = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.type !== 'ui' && frozenFieldNames.includes(field.name) && !field.access?.update
      ? ({
          ...field,
          access: { ...field.access, update: lockedFieldAccess(isContentFrozen, (data, doc) => changesFrozenField(field.name, data, doc)) },
        } as Field)
      : field,
  )

/** The status select offers only what a person may choose from the form's current status (draft and scheduled, or nothing). */
export const statusFilterOptions: NonNullable<SelectField['filterOptions']> = ({ data, options }) =>
  options.filter((option) => statusChoicesFrom(data?.status).includes(typeof option === 'string' ? option : option.value))
