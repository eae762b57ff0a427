import { Link } from '@payloadcms/ui'
import React from 'react'

import type { DeadPeriodPolicy, Occurrence, PhaseKind, PhaseWarning, RelaunchTask, SlotKind } from '../../calendar/types.ts'
import type { AmbassadorsTranslationKey } from '../../translations/index.ts'
import type { DayCell, MonthLayout, PhaseBand, PlacedItem } from './monthGrid.ts'

import { dayToUtcMs } from '../../calendar/days.ts'
import { laneCells, monthDays } from './monthGrid.ts'

const baseClass = 'calendar-view'

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

const kindKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  content: 'plugin-ambassadors:calendarKindContent',
  'internal-comms': 'plugin-ambassadors:calendarKindInternalComms',
  newsletter: 'plugin-ambassadors:calendarKindNewsletter',
  notification: 'plugin-ambassadors:calendarKindNotification',
  prospection: 'plugin-ambassadors:calendarKindProspection',
  relaunch: 'plugin-ambassadors:calendarKindRelaunch',
  training: 'plugin-ambassadors:calendarKindTraining',
  workshop: 'plugin-ambassadors:calendarKindWorkshop',
} satisfies Record<SlotKind, AmbassadorsTranslationKey>

const phaseKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  beta: 'plugin-ambassadors:calendarPhaseBeta',
  continuous: 'plugin-ambassadors:calendarPhaseContinuous',
  primo: 'plugin-ambassadors:calendarPhasePrimo',
} satisfies Record<PhaseKind, AmbassadorsTranslationKey>

const policyKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  lighten: 'plugin-ambassadors:calendarPolicyLighten',
  none: 'plugin-ambassadors:calendarPolicyNone',
  pause: 'plugin-ambassadors:calendarPolicyPause',
} satisfies Record<DeadPeriodPolicy, AmbassadorsTranslationKey>

const taskKeys: Partial<Record<string, AmbassadorsTranslationKey>> = {
  'content-push': 'plugin-ambassadors:calendarTaskContentPush',
  'relaunch-newsletter': 'plugin-ambassadors:calendarTaskRelaunchNewsletter',
  'training-or-workshop': 'plugin-ambassadors:calendarTaskTrainingOrWorkshop',
} satisfies Record<RelaunchTask, AmbassadorsTranslationKey>

const warningKeys: Record<PhaseWarning['code'], AmbassadorsTranslationKey> = {
  cohortOutside: 'plugin-ambassadors:calendarWarningCohortOutside',
  durationOutside: 'plugin-ambassadors:calendarWarningDurationOutside',
  targetSizeOutside: 'plugin-ambassadors:calendarWarningTargetSizeOutside',
}

/** The kinds with a colour of their own; anything else (an older stored value) is drawn neutral. */
const colouredKinds = new Set(Object.keys(kindKeys))
const kindClass = (kind: string | undefined) => `${baseClass}__item--${kind && colouredKinds.has(kind) ? kind : 'other'}`
const phaseClass = (kind: string | undefined) => `${baseClass}__phase--${kind && kind in phaseKeys ? kind : 'other'}`

const isWebLink = (value: string | undefined): value is string => Boolean(value && /^https?:\/\//i.test(value))

const joinClasses = (...names: (false | string | undefined)[]) => names.filter(Boolean).join(' ')

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
                      <Band
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

type DayProps = CalendarMonthProps & {
  cell: DayCell
  fullDate: string
  kindLabel: (kind: string | undefined) => string | undefined
}

const Day = ({ calendarHref, cell, contentHref, fullDate, kindLabel, t }: DayProps) => {
  const [period] = cell.deadPeriods
  const named = cell.deadPeriods.filter((mark) => mark.isFirstVisibleDay)
  return (
    <td
      aria-current={cell.isToday ? 'date' : undefined}
      className={joinClasses(
        `${baseClass}__day`,
        !cell.inMonth && `${baseClass}__day--outside`,
        cell.isToday && `${baseClass}__day--today`,
        period && `${baseClass}__shaded`,
      )}
      data-day={cell.day}
      data-dead-period={period ? period.occurrence.label : undefined}
    >
      <div className={`${baseClass}__day-head`}>
        <span aria-hidden="true" className={`${baseClass}__day-number`}>
          {Number(cell.day.slice(8, 10))}
        </span>
        <span className={`${baseClass}__sr-only`}>{fullDate}</span>
      </div>
      {named.map(({ occurrence }) => {
        const policy = occurrence.policy ? policyKeys[occurrence.policy] : undefined
        return (
          <p className={`${baseClass}__period`} key={occurrence.id}>
            <Link className={`${baseClass}__period-name`} href={calendarHref} prefetch={false}>
              {t('plugin-ambassadors:calendarDeadPeriod', { name: occurrence.label })}
            </Link>
            {policy ? <span className={`${baseClass}__period-policy`}>{t(policy)}</span> : null}
          </p>
        )
      })}
      {cell.items.length > 0 ? (
        <ul className={`${baseClass}__items`}>
          {cell.items.map((item) => (
            <Item calendarHref={calendarHref} contentHref={contentHref} item={item} key={item.occurrence.id} kindLabel={kindLabel} t={t} />
          ))}
        </ul>
      ) : null}
    </td>
  )
}

type ItemProps = Pick<CalendarMonthProps, 'calendarHref' | 'contentHref' | 't'> & {
  item: PlacedItem
  kindLabel: (kind: string | undefined) => string | undefined
}

const Item = ({ calendarHref, contentHref, item, kindLabel, t }: ItemProps) => {
  const { endTime, occurrence, time } = item
  if (occurrence.type === 'relaunch') {
    return <Relaunch calendarHref={calendarHref} occurrence={occurrence} t={t} />
  }
  const isCancelled = occurrence.status === 'cancelled'
  const kind = kindLabel(occurrence.kind)
  const times = time ? (endTime ? `${time}–${endTime}` : time) : undefined
  const content = occurrence.contentItems?.[0] === undefined ? undefined : contentHref(occurrence.contentItems[0])
  const label = (
    <>
      {times ? <span className={`${baseClass}__time`}>{times}</span> : null}
      {kind ? <span className={`${baseClass}__sr-only`}>{t('plugin-ambassadors:calendarKindPrefix', { kind })}</span> : null}
      <span className={`${baseClass}__label`}>{occurrence.label}</span>
    </>
  )
  return (
    <li
      className={joinClasses(
        `${baseClass}__item`,
        `${baseClass}__item--${occurrence.type}`,
        kindClass(occurrence.kind),
        isCancelled && `${baseClass}__item--cancelled`,
      )}
      data-kind={occurrence.kind}
      data-status={occurrence.status}
      data-type={occurrence.type}
    >
      <Link className={`${baseClass}__item-link`} href={calendarHref} prefetch={false} title={kind}>
        {isCancelled ? <s>{label}</s> : label}
      </Link>
      {isCancelled && occurrence.deadPeriod ? (
        <span className={`${baseClass}__reason`}>{t('plugin-ambassadors:calendarCancelled', { period: occurrence.deadPeriod })}</span>
      ) : null}
      {occurrence.place ? (
        <span className={`${baseClass}__detail`}>{t('plugin-ambassadors:calendarPlace', { place: occurrence.place })}</span>
      ) : null}
      {content ? (
        <Link className={`${baseClass}__detail ${baseClass}__content-link`} href={content.href} prefetch={false}>
          {t('plugin-ambassadors:calendarContent', { title: content.title })}
        </Link>
      ) : null}
      {isWebLink(occurrence.videoLink) ? (
        <a className={`${baseClass}__detail`} href={occurrence.videoLink} rel="noopener noreferrer" target="_blank">
          {t('plugin-ambassadors:calendarVideoLink')}
        </a>
      ) : null}
      {isWebLink(occurrence.registrationLink) ? (
        <a className={`${baseClass}__detail`} href={occurrence.registrationLink} rel="noopener noreferrer" target="_blank">
          {t('plugin-ambassadors:calendarRegistrationLink')}
        </a>
      ) : null}
    </li>
  )
}

const Relaunch = ({
  calendarHref,
  occurrence,
  t,
}: Pick<CalendarMonthProps, 'calendarHref' | 't'> & { occurrence: Occurrence }) => {
  const isProposed = occurrence.status === 'proposed'
  const tasks = (occurrence.checklist ?? []).flatMap((task) => {
    const key = taskKeys[task]
    return key ? [t(key)] : []
  })
  const checklist = tasks.length > 0 ? t('plugin-ambassadors:calendarChecklist', { tasks: tasks.join(', ') }) : undefined
  return (
    <li
      className={joinClasses(`${baseClass}__item`, `${baseClass}__item--relaunch`, isProposed && `${baseClass}__item--proposed`)}
      data-status={occurrence.status}
      data-type="relaunch"
    >
      <Link className={`${baseClass}__item-link`} href={calendarHref} prefetch={false} title={checklist}>
        {isProposed ? <span className={`${baseClass}__tag`}>{t('plugin-ambassadors:calendarProposed')}</span> : null}
        <span className={`${baseClass}__label`}>{t('plugin-ambassadors:calendarRelaunch', { period: occurrence.label })}</span>
      </Link>
      {tasks.length > 0 ? (
        <details className={`${baseClass}__checklist`}>
          <summary>{t('plugin-ambassadors:calendarChecklistSummary', { count: tasks.length })}</summary>
          <ul>
            {tasks.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  )
}

const Band = ({
  band,
  calendarHref,
  numbers,
  range,
  shaded,
  t,
}: Pick<CalendarMonthProps, 'calendarHref' | 't'> & {
  band: PhaseBand
  numbers: Intl.NumberFormat
  range: string
  shaded: boolean
}) => {
  const { occurrence } = band
  const kindKey = occurrence.kind ? phaseKeys[occurrence.kind] : undefined
  const target =
    typeof occurrence.targetSize === 'number'
      ? t('plugin-ambassadors:calendarPhaseTarget', { count: numbers.format(occurrence.targetSize) })
      : undefined
  const warnings = band.isFirstVisible
    ? (occurrence.warnings ?? []).map((warning) =>
        t(warningKeys[warning.code], {
          max: numbers.format(warning.max),
          min: numbers.format(warning.min),
          value: numbers.format(warning.value),
        }),
      )
    : []
  const title = [kindKey ? t(kindKey) : undefined, range, target].filter(Boolean).join(' · ')
  return (
    <td
      className={joinClasses(`${baseClass}__band-cell`, shaded && `${baseClass}__shaded`)}
      colSpan={band.span}
      data-phase={occurrence.kind}
    >
      <div
        className={joinClasses(
          `${baseClass}__phase`,
          phaseClass(occurrence.kind),
          band.continuesBefore && `${baseClass}__phase--continues-before`,
          band.continuesAfter && `${baseClass}__phase--continues-after`,
        )}
      >
        <Link className={`${baseClass}__phase-link`} href={calendarHref} prefetch={false} title={title}>
          {occurrence.label}
          {band.isFirstVisible ? <span className={`${baseClass}__phase-range`}> · {range}</span> : null}
        </Link>
        {warnings.map((warning) => (
          <span className={`${baseClass}__warning`} key={warning}>
            {warning}
          </span>
        ))}
      </div>
    </td>
  )
}
