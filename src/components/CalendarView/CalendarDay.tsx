import { Link } from '@payloadcms/ui'
import React from 'react'

import type { Occurrence } from '../../calendar/types.ts'
import type { CalendarMonthProps } from './CalendarMonth.tsx'
import type { DayCell, PlacedItem } from './monthGrid.ts'

import { baseClass, isWebLink, joinClasses, kindClass, policyKeys, taskKeys } from './calendarLabels.ts'

/** One day of the month grid: its dead periods, then its planned items. */
type DayProps = CalendarMonthProps & {
  cell: DayCell
  fullDate: string
  kindLabel: (kind: string | undefined) => string | undefined
}

export const Day = ({ calendarHref, cell, contentHref, fullDate, kindLabel, t }: DayProps) => {
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
