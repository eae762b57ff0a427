'use client'

import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import React from 'react'

const baseClass = 'calendar-nav-link'

export type CalendarNavLinkClientProps = {
  /** The calendar view's address (`/admin/calendar`). */
  href: string
  label: string
}

/**
 * The navigation's link to the editorial calendar, drawn like Payload's own links (its classes, its
 * indicator on the current page, no link to the page one is on).
 */
export const CalendarNavLinkClient = ({ href, label }: CalendarNavLinkClientProps) => {
  const pathname = usePathname()
  const isActive = pathname === href || pathname.startsWith(`${href}/`)
  const content = (
    <>
      {isActive ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{label}</span>
    </>
  )
  return isActive ? (
    <div aria-current="page" className={`nav__link ${baseClass}`} id="nav-ambassadors-calendar">
      {content}
    </div>
  ) : (
    <Link className={`nav__link ${baseClass}`} href={href} id="nav-ambassadors-calendar" prefetch={false}>
      {content}
    </Link>
  )
}
