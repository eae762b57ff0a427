import type { ServerProps } from 'payload'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { createRolePredicates } from '../../../access/rolePredicates.ts'
import { CalendarNavLinkClient } from './index.client.tsx'

import './index.css'

/** What the plugin passes the link (`serverProps` in its admin config). */
export type CalendarNavLinkServerProps = { usersSlug: string }

/** The "Editorial calendar" link after the navigation's collections, for the users who may open it. */
export const CalendarNavLink = ({ i18n, payload, user, usersSlug }: CalendarNavLinkServerProps & ServerProps) => {
  if (!user || !payload || !createRolePredicates(usersSlug).isStaff({ req: { user } })) {
    return null
  }
  const t = i18n.t as (key: string) => string
  return (
    <div className="calendar-nav-link__wrap">
      <CalendarNavLinkClient
        href={formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/calendar' })}
        label={t('plugin-ambassadors:calendarTitle')}
      />
    </div>
  )
}
