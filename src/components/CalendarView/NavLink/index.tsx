import type { ServerProps } from 'payload'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { createRolePredicates } from '../../../access/rolePredicates.ts'
import { CalendarNavLinkClient } from './index.client.tsx'

import './index.css'

/** The "Editorial calendar" link after the navigation's collections, for the users who may open it. */
export const CalendarNavLink = ({ i18n, payload, user }: ServerProps) => {
  if (!user || !payload || !createRolePredicates(payload.config.admin.user).isStaff({ req: { user } })) {
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
