import { Link } from '@payloadcms/ui'
import React from 'react'

import type { AmbassadorsTranslationKey } from '../../translations/index.ts'
import type { MonthLayout } from './monthGrid.ts'

import { dayToUtcMs } from '../../calendar/days.ts'
import { Day } from './CalendarDay.tsx'
import { baseClass, joinClasses, kindClass, kindKeys } from './calendarLabels.ts'
import { laneCells, monthDays } from './monthGrid.ts'
import { PhaseBand } from './PhaseBand.tsx'

export type CalendarChoice = { label: string; value: string }

export type CalendarMonthProps = {
  /** The calendar document's edit view: every item links there. */
  calendarHref: string
  calendarId: string
  calendarName: string
  /** Offer "Edit the calendar" (the user may update it). */
  canEdit: boolean
  /** The calendars the user may read, sorted by name; a switch is shown when there are several. */
  choices: CalendarChoice[]
  /** The edit view and title of a planned content item, when the user may read it. */
  contentHref: (id: number | string) => { href: string; title: string } | undefined
  /** Where the calendar switch (a GET form) goes. */
  formAction: string
  layout: MonthLayout
  /** `fr-FR` or `en-GB`: month and weekday names, dates as dd/MM/yyyy. */
  locale: string
  month: string
  navigation: {
    next: { href: string; month: string }
    previous: { href: string; month: string }
    today: { href: string; isCurrent: boolean }
  }
  t: (key: AmbassadorsTranslationKey, vars?: Record<string, number | string>) => string
  timeZone: string
}

/** The month view: navigation, the grid (a table, one row group per week) and its legend. */
export const CalendarMonth = (props: CalendarMonthProps) => {
  const { calendarHref, calendarId, calendarName, canEdit, choices, formAction, layout, locale, month, navigation, t, timeZone } =
    props
  const headingId = `${baseClass}-month-${month}`
  const legendId = `${baseClass}-legend`
  const utcDay = (day: string) => new Date(dayToUtcMs(day))
  const monthTitle = (value: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC', year: 'numeric' }).format(utcDay(monthDays(value).first))
  const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' })
  const weekdayNames = layout.weeks[0]!.days.map((cell) => ({
    long: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long' }).format(utcDay(cell.day)),
    short: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(utcDay(cell.day)),
  }))
  const numbers = new Intl.NumberFormat(locale)
  const range = (start: string, end: string | undefined) =>
    end === undefined
      ? t('plugin-ambassadors:calendarFrom', { date: shortDate.format(utcDay(start)) })
      : end === start
        ? shortDate.format(utcDay(start))
        : `${shortDate.format(utcDay(start))} – ${shortDate.format(utcDay(end))}`
  const kindLabel = (kind: string | undefined) => {
    const key = kind ? kindKeys[kind] : undefined
    return key ? t(key) : undefined
  }

  return (
    <div className={`${baseClass}__body`}>
      <div className={`${baseClass}__intro`}>
        <p className={`${baseClass}__calendar-name`}>
          <strong>{calendarName}</strong> · {t('plugin-ambassadors:calendarTimeZone', { timeZone })}
        </p>
        {canEdit ? (
          <Link className={`${baseClass}__action`} href={calendarHref} prefetch={false}>
            {t('plugin-ambassadors:calendarEdit')}
          </Link>
        ) : null}
      </div>

      <div className={`${baseClass}__toolbar`}>
        <h2 className={`${baseClass}__month`} id={headingId}>
          {monthTitle(month)}
        </h2>
        <nav aria-label={t('plugin-ambassadors:calendarMonths')} className={`${baseClass}__months`}>
          <Link
            aria-label={t('plugin-ambassadors:calendarPrevious', { month: monthTitle(navigation.previous.month) })}
            className={`${baseClass}__step`}
            href={navigation.previous.href}
            prefetch={false}
            rel="prev"
          >
            <span aria-hidden="true">←</span>
            {monthTitle(navigation.previous.month)}
          </Link>
          <Link
            aria-current={navigation.today.isCurrent ? 'date' : undefined}
            className={`${baseClass}__step`}
            href={navigation.today.href}
            prefetch={false}
          >
            {t('plugin-ambassadors:calendarToday')}
          </Link>
          <Link
            aria-label={t('plugin-ambassadors:calendarNext', { month: monthTitle(navigation.next.month) })}
            className={`${baseClass}__step`}
            href={navigation.next.href}
            prefetch={false}
            rel="next"
          >
            {monthTitle(navigation.next.month)}
            <span aria-hidden="true">→</span>
          </Link>
        </nav>
        {choices.length > 1 ? (
          <form action={formAction} className={`${baseClass}__switch`} method="get">
            <input name="month" type="hidden" value={month} />
            <label className={`${baseClass}__switch-label`} htmlFor={`${baseClass}-calendar`}>
              {t('plugin-ambassadors:calendarChoose')}
            </label>
            <select className={`${baseClass}__select`} defaultValue={calendarId} id={`${baseClass}-calendar`} name="calendar">
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
            <button className={`${baseClass}__step`} type="submit">
              {t('plugin-ambassadors:calendarShow')}
            </button>
          </form>
        ) : null}
      </div>

      <div className={`${baseClass}__grid-wrap`}>
        <table aria-labelledby={headingId} className={`${baseClass}__grid`}>
          <thead>
            <tr>
              {weekdayNames.map((name) => (
                <th key={name.long} scope="col">
                  <abbr className={`${baseClass}__weekday`} title={name.long}>
                    {name.short}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          {layout.weeks.map((week) => (
            <tbody className={`${baseClass}__week`} key={week.days[0]!.day}>
              <tr className={`${baseClass}__days`}>
                {week.days.map((cell) => (
                  <Day cell={cell} fullDate={fullDate.format(utcDay(cell.day))} key={cell.day} {...props} kindLabel={kindLabel} />
                ))}
              </tr>
              {week.phaseLanes.map((lane, index) => (
                <tr className={`${baseClass}__lane`} key={index}>
                  {laneCells(lane).map((cell) =>
                    cell.kind === 'gap' ? (
                      // One cell per day, shaded like the day it stands under.
                      week.days.slice(cell.column, cell.column + cell.span).map((day) => (
                        <td
                          className={joinClasses(`${baseClass}__lane-gap`, day.deadPeriods.length > 0 && `${baseClass}__shaded`)}
                          key={day.day}
                        />
                      ))
                    ) : (
                      <PhaseBand
                        band={cell.band}
                        calendarHref={calendarHref}
                        key={cell.band.occurrence.id}
                        numbers={numbers}
                        range={range(cell.band.occurrence.start, cell.band.occurrence.end)}
                        shaded={week.days
                          .slice(cell.band.startColumn, cell.band.startColumn + cell.band.span)
                          .every((day) => day.deadPeriods.length > 0)}
                        t={t}
                      />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      <section aria-labelledby={legendId} className={`${baseClass}__legend`}>
        <h2 className={`${baseClass}__legend-title`} id={legendId}>
          {t('plugin-ambassadors:calendarLegend')}
        </h2>
        <ul className={`${baseClass}__legend-list`}>
          {Object.keys(kindKeys)
            .filter((kind) => kind !== 'relaunch')
            .map((kind) => (
              <li className={`${baseClass}__legend-item`} key={kind}>
                <span aria-hidden="true" className={`${baseClass}__swatch ${kindClass(kind)}`} />
                {kindLabel(kind)}
              </li>
            ))}
          <li className={`${baseClass}__legend-item`}>
            <span aria-hidden="true" className={`${baseClass}__swatch ${baseClass}__swatch--cadence`} />
            {t('plugin-ambassadors:calendarLegendCadence')}
          </li>
          <li className={`${baseClass}__legend-item`}>
            <span aria-hidden="true" className={`${baseClass}__swatch ${baseClass}__swatch--slot`} />
            {t('plugin-ambassadors:calendarLegendSlot')}
          </li>
          <li className={`${baseClass}__legend-item`}>
            <s className={`${baseClass}__legend-cancelled`}>09:00</s>
            {t('plugin-ambassadors:calendarLegendCancelled')}
          </li>
          <li className={`${baseClass}__legend-item`}>
            <span aria-hidden="true" className={`${baseClass}__swatch ${baseClass}__swatch--proposed`} />
            {t('plugin-ambassadors:calendarLegendProposed')}
          </li>
          <li className={`${baseClass}__legend-item`}>
            <span aria-hidden="true" className={`${baseClass}__swatch ${baseClass}__shaded`} />
            {t('plugin-ambassadors:calendarLegendDeadPeriod')}
          </li>
          <li className={`${baseClass}__legend-item`}>
            <span aria-hidden="true" className={`${baseClass}__swatch ${baseClass}__swatch--phase`} />
            {t('plugin-ambassadors:calendarLegendPhase')}
          </li>
        </ul>
      </section>
    </div>
  )
}
