import type { AdminViewServerProps, Payload, TypedUser } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { CalendarData } from '../../calendar/types.ts'
import type { SanitizedAmbassadorsOptions } from '../../options.ts'
import type { AmbassadorsTranslationKey } from '../../translations/index.ts'
import type { AmbassadorsSlugMap } from '../../types.ts'
import type { CalendarChoice, CalendarMonthProps } from './CalendarMonth.tsx'

import { createRolePredicates } from '../../access/rolePredicates.ts'
import { addDays } from '../../calendar/days.ts'
import { expandCalendar } from '../../calendar/expandCalendar.ts'
import { CalendarTooLongError } from '../../calendar/expansionBudget.ts'
import { zonedDay } from '../../utilities/zonedTime.ts'
import { toLanguage } from '../../translations/index.ts'
import { CalendarMonth } from './CalendarMonth.tsx'
import { addMonths, gridRange, isMonthInWindow, layoutMonth, monthOfDay, monthWindow, parseMonth } from './monthGrid.ts'

import './index.css'

const baseClass = 'calendar-view'

/** What the plugin passes the view (`serverProps` in its admin config): the settings it reads. */
export type CalendarViewServerProps = Pick<SanitizedAmbassadorsOptions, 'holidayCountry' | 'relaunchWorkingDays' | 'timeZone'> & {
  slugs: Pick<AmbassadorsSlugMap, 'contentItems' | 'editorialCalendars' | 'users'>
}

const locales = { en: 'en-GB', fr: 'fr-FR' } as const

const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

/** The titles of the content items the month's slots plan, as far as the user may read them. */
const findContentTitles = async (
  payload: Payload,
  user: TypedUser,
  collection: string,
  ids: (number | string)[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) {
    return new Map()
  }
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: ids.length,
    overrideAccess: false,
    pagination: false,
    select: { title: true },
    user,
    where: { id: { in: ids } },
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as { title?: unknown }).title ?? doc.id)]))
}

/**
 * The editorial calendar's month view (`/admin/calendar?month=2027-08&calendar=<id>`): cadences, planned
 * slots, relaunch proposals, dead periods and phases of one calendar, a month at a time. Custom views are
 * public, so it checks the user itself; it reads with the user's own access rights, and offers editing
 * only to those who may edit.
 */
export const CalendarView = async ({
  holidayCountry,
  initPageResult,
  params,
  relaunchWorkingDays,
  searchParams,
  slugs,
  timeZone: programmeTimeZone,
}: AdminViewServerProps & CalendarViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { i18n, payload, user } = req
  const adminRoute = payload.config.routes.admin
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    query.set(key, firstParam(value))
  }
  const here = formatAdminURL({ adminRoute, path: `/calendar${query.size > 0 ? `?${query}` : ''}` })
  if (!user) {
    const login = formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })
    redirect(`${login}?redirect=${encodeURIComponent(here)}`)
  }
  const language = toLanguage(i18n.language)
  const t = (key: AmbassadorsTranslationKey, vars?: Record<string, number | string>) =>
    (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(key, vars)
  const slug = slugs.editorialCalendars

  const render = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t('plugin-ambassadors:calendarTitle') }]} />
      <Gutter className={baseClass}>
        <h1 className={`${baseClass}__title`}>{t('plugin-ambassadors:calendarTitle')}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )

  if (!createRolePredicates(slugs.users).isStaff({ req })) {
    return render(<p className={`${baseClass}__message`}>{t('plugin-ambassadors:calendarNotAllowed')}</p>)
  }
  const collectionPermissions = permissions?.collections?.[slug]
  const { docs: calendars } = await payload.find({
    collection: slug,
    depth: 0,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    select: { name: true },
    sort: 'name',
    user,
  })
  const requestedId = firstParam(searchParams?.calendar)
  const chosen = calendars.find((doc) => String(doc.id) === requestedId) ?? calendars[0]
  if (!chosen) {
    return render(
      <div className={`${baseClass}__empty`}>
        <p className={`${baseClass}__message`}>{t('plugin-ambassadors:calendarNone')}</p>
        {collectionPermissions?.create ? (
          <a className={`${baseClass}__action`} href={formatAdminURL({ adminRoute, path: `/collections/${slug}/create` })}>
            {t('plugin-ambassadors:calendarCreate')}
          </a>
        ) : null}
      </div>,
    )
  }
  const calendar = (await payload.findByID({
    collection: slug,
    depth: 0,
    id: chosen.id,
    overrideAccess: false,
    user,
  })) as unknown as CalendarData & { id: number | string; name?: string }

  const timeZone = calendar.timeZone || programmeTimeZone
  const today = zonedDay(timeZone, Date.now())
  const currentMonth = monthOfDay(today)
  const month = parseMonth(searchParams?.month) ?? currentMonth
  const message = (text: string) => render(<p className={`${baseClass}__message`}>{text}</p>)
  if (!isMonthInWindow(month)) {
    return message(t('plugin-ambassadors:calendarMonthOutsideWindow', monthWindow))
  }
  const { from, to } = gridRange(month)
  let occurrences: ReturnType<typeof expandCalendar>
  try {
    // One day more on each side: a cadence in its own time zone may start the day before in the calendar's.
    occurrences = expandCalendar(calendar, {
      from: addDays(from, -1),
      holidayCountry,
      relaunchWorkingDays,
      to: addDays(to, 1),
    })
  } catch (error) {
    if (!(error instanceof CalendarTooLongError)) {
      throw error
    }
    return message(t('plugin-ambassadors:calendarTooLong', { label: error.label }))
  }
  const layout = layoutMonth({ month, occurrences, timeZone, today })
  const plannedContent = layout.weeks
    .flatMap((week) => week.days.flatMap((day) => day.items))
    .map((item) => item.occurrence.contentItems?.[0])
    .filter((id) => id !== undefined)
  const contentTitles = await findContentTitles(payload, user, slugs.contentItems, [...new Set(plannedContent)])

  const calendarId = String(calendar.id)
  const monthHref = (target: string) =>
    formatAdminURL({ adminRoute, path: `/calendar?month=${target}&calendar=${encodeURIComponent(calendarId)}` })
  const choices: CalendarChoice[] = calendars.map((doc) => ({
    label: String((doc as { name?: unknown }).name ?? doc.id),
    value: String(doc.id),
  }))
  const props: CalendarMonthProps = {
    calendarHref: formatAdminURL({ adminRoute, path: `/collections/${slug}/${encodeURIComponent(calendarId)}` }),
    calendarId,
    calendarName: calendar.name ?? calendarId,
    canEdit: Boolean(collectionPermissions?.update),
    choices,
    contentHref: (id) =>
      contentTitles.has(String(id))
        ? {
            href: formatAdminURL({ adminRoute, path: `/collections/${slugs.contentItems}/${encodeURIComponent(String(id))}` }),
            title: contentTitles.get(String(id))!,
          }
        : undefined,
    formAction: formatAdminURL({ adminRoute, path: '/calendar' }),
    layout,
    locale: locales[language],
    month,
    navigation: {
      next: { href: monthHref(addMonths(month, 1)), month: addMonths(month, 1) },
      previous: { href: monthHref(addMonths(month, -1)), month: addMonths(month, -1) },
      today: { href: monthHref(currentMonth), isCurrent: month === currentMonth },
    },
    t,
    timeZone,
  }
  return render(<CalendarMonth {...props} />)
}
