// @ts-nocheck
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_engagement_events_source" AS ENUM('email-link', 'one-click', 'import', 'admin', 'api');
  ALTER TYPE "public"."enum_engagement_events_type" ADD VALUE 'opt-in' BEFORE 'unsubscribe';
  ALTER TABLE "editorial_calendars" ADD COLUMN "auto_send_newsletter" boolean DEFAULT false;
  ALTER TABLE "newsletter_issues" ADD COLUMN "occurrence_key" varchar;
  ALTER TABLE "newsletter_issues" ADD COLUMN "segments" jsonb;
  ALTER TABLE "newsletter_issues" ADD COLUMN "build_report" varchar;
  ALTER TABLE "engagement_events" ADD COLUMN "source" "enum_engagement_events_source";
  ALTER TABLE "engagement_events" ADD COLUMN "details" jsonb;
  CREATE UNIQUE INDEX "newsletter_issues_occurrence_key_idx" ON "newsletter_issues" USING btree ("occurrence_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "engagement_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_engagement_events_type";
  CREATE TYPE "public"."enum_engagement_events_type" AS ENUM('click', 'share', 'unsubscribe', 'preferences-change');
  ALTER TABLE "engagement_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_engagement_events_type" USING "type"::"public"."enum_engagement_events_type";
  DROP INDEX "newsletter_issues_occurrence_key_idx";
  ALTER TABLE "editorial_calendars" DROP COLUMN "auto_send_newsletter";
  ALTER TABLE "newsletter_issues" DROP COLUMN "occurrence_key";
  ALTER TABLE "newsletter_issues" DROP COLUMN "segments";
  ALTER TABLE "newsletter_issues" DROP COLUMN "build_report";
  ALTER TABLE "engagement_events" DROP COLUMN "source";
  ALTER TABLE "engagement_events" DROP COLUMN "details";
  DROP TYPE "public"."enum_engagement_events_source";`)
}
