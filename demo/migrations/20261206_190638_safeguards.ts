// @ts-nocheck
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ambassadorsConfirmUserEmail' BEFORE 'ambassadorsNotifyStageChange';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ambassadorsConfirmUserEmail' BEFORE 'ambassadorsNotifyStageChange';
  ALTER TABLE "newsletter_deliveries" ALTER COLUMN "ambassador_id" DROP NOT NULL;
  ALTER TABLE "users" ADD COLUMN "verified_email" varchar;
  ALTER TABLE "users" ADD COLUMN "test_sends" jsonb;
  ALTER TABLE "ambassadors" ADD COLUMN "form_version" numeric DEFAULT 0;`)
  // The address each account already has is the one it was created with or an admin set: verified.
  await db.execute(sql`UPDATE "users" SET "verified_email" = lower(trim(normalize("email", NFC))) WHERE "verified_email" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ambassadorsArchiveExpiredContent', 'ambassadorsBuildNewsletterIssues', 'ambassadorsNotifyStageChange', 'ambassadorsRemindOverdueItems', 'ambassadorsSendSuggestionDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ambassadorsArchiveExpiredContent', 'ambassadorsBuildNewsletterIssues', 'ambassadorsNotifyStageChange', 'ambassadorsRemindOverdueItems', 'ambassadorsSendSuggestionDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "newsletter_deliveries" ALTER COLUMN "ambassador_id" SET NOT NULL;
  ALTER TABLE "users" DROP COLUMN "verified_email";
  ALTER TABLE "users" DROP COLUMN "test_sends";
  ALTER TABLE "ambassadors" DROP COLUMN "form_version";`)
}
