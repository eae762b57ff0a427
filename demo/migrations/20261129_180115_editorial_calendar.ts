// @ts-nocheck
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_editorial_calendars_cadences_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_editorial_calendars_cadences_repeats" AS ENUM('month-days', 'weekly', 'monthly-weekday', 'quarterly-weekday', 'custom');
  CREATE TYPE "public"."enum_editorial_calendars_cadences_ordinal" AS ENUM('1', '2', '3', '4', '-1');
  CREATE TYPE "public"."enum_editorial_calendars_cadences_weekday" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_editorial_calendars_dead_periods_relaunch_checklist" AS ENUM('relaunch-newsletter', 'training-or-workshop', 'content-push');
  CREATE TYPE "public"."enum_editorial_calendars_dead_periods_relaunch_decision" AS ENUM('proposed', 'accepted', 'dropped');
  CREATE TYPE "public"."enum_editorial_calendars_planned_slots_kind" AS ENUM('newsletter', 'notification', 'training', 'workshop', 'internal-comms', 'prospection', 'content', 'relaunch');
  CREATE TABLE "editorial_calendars_cadences_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_editorial_calendars_cadences_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "editorial_calendars_cadences_skip_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "editorial_calendars_dead_periods_relaunch_checklist" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_editorial_calendars_dead_periods_relaunch_checklist",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "editorial_calendars_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "editorial_calendars_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"content_items_id" integer
  );
  
  ALTER TABLE "editorial_calendars_planned_slots" DROP CONSTRAINT "editorial_calendars_planned_slots_content_item_id_content_items_id_fk";
  
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DEFAULT 'newsletter'::text;
  -- Renamed kinds keep their rows: a weekly notification is a notification, "other" is internal communication.
  UPDATE "editorial_calendars_cadences" SET "kind" = 'notification' WHERE "kind" = 'weekly-notification';
  UPDATE "editorial_calendars_cadences" SET "kind" = 'internal-comms' WHERE "kind" = 'other';
  DROP TYPE "public"."enum_editorial_calendars_cadences_kind";
  CREATE TYPE "public"."enum_editorial_calendars_cadences_kind" AS ENUM('newsletter', 'notification', 'training', 'workshop', 'internal-comms', 'prospection');
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DEFAULT 'newsletter'::"public"."enum_editorial_calendars_cadences_kind";
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_editorial_calendars_cadences_kind" USING "kind"::"public"."enum_editorial_calendars_cadences_kind";
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DATA TYPE text;
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DEFAULT 'pause'::text;
  -- "reduce" becomes "lighten"; "relaunch-after" was a pause followed by a relaunch, which every period now gets.
  UPDATE "editorial_calendars_dead_periods" SET "policy" = 'lighten' WHERE "policy" = 'reduce';
  UPDATE "editorial_calendars_dead_periods" SET "policy" = 'pause' WHERE "policy" = 'relaunch-after';
  DROP TYPE "public"."enum_editorial_calendars_dead_periods_policy";
  CREATE TYPE "public"."enum_editorial_calendars_dead_periods_policy" AS ENUM('pause', 'lighten', 'none');
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DEFAULT 'pause'::"public"."enum_editorial_calendars_dead_periods_policy";
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DATA TYPE "public"."enum_editorial_calendars_dead_periods_policy" USING "policy"::"public"."enum_editorial_calendars_dead_periods_policy";
  DROP INDEX "editorial_calendars_planned_slots_content_item_idx";
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "rrule" DROP NOT NULL;
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "repeats" "enum_editorial_calendars_cadences_repeats" DEFAULT 'month-days';
  -- Rules written before the plain choices existed stay as they are: a custom rule.
  UPDATE "editorial_calendars_cadences" SET "repeats" = 'custom';
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "ordinal" "enum_editorial_calendars_cadences_ordinal";
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "weekday" "enum_editorial_calendars_cadences_weekday";
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "time" varchar DEFAULT '09:00';
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "duration_minutes" numeric;
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "starts_on" timestamp(3) with time zone;
  ALTER TABLE "editorial_calendars_cadences" ADD COLUMN "time_zone" varchar;
  ALTER TABLE "editorial_calendars_dead_periods" ADD COLUMN "relaunch_decision" "enum_editorial_calendars_dead_periods_relaunch_decision" DEFAULT 'proposed' NOT NULL;
  ALTER TABLE "editorial_calendars_dead_periods" ADD COLUMN "relaunch_date" timestamp(3) with time zone;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "kind" "enum_editorial_calendars_planned_slots_kind" DEFAULT 'content' NOT NULL;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "end" timestamp(3) with time zone;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "owner_id" integer;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "newsletter_issue_id" integer;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "place" varchar;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "video_link" varchar;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "registration_link" varchar;
  ALTER TABLE "editorial_calendars_cadences_weekdays" ADD CONSTRAINT "editorial_calendars_cadences_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_calendars_cadences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_calendars_cadences_skip_dates" ADD CONSTRAINT "editorial_calendars_cadences_skip_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editorial_calendars_cadences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_calendars_dead_periods_relaunch_checklist" ADD CONSTRAINT "editorial_calendars_dead_periods_relaunch_checklist_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_calendars_dead_periods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_calendars_numbers" ADD CONSTRAINT "editorial_calendars_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_calendars_rels" ADD CONSTRAINT "editorial_calendars_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editorial_calendars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editorial_calendars_rels" ADD CONSTRAINT "editorial_calendars_rels_content_items_fk" FOREIGN KEY ("content_items_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editorial_calendars_cadences_weekdays_order_idx" ON "editorial_calendars_cadences_weekdays" USING btree ("order");
  CREATE INDEX "editorial_calendars_cadences_weekdays_parent_idx" ON "editorial_calendars_cadences_weekdays" USING btree ("parent_id");
  CREATE INDEX "editorial_calendars_cadences_skip_dates_order_idx" ON "editorial_calendars_cadences_skip_dates" USING btree ("_order");
  CREATE INDEX "editorial_calendars_cadences_skip_dates_parent_id_idx" ON "editorial_calendars_cadences_skip_dates" USING btree ("_parent_id");
  CREATE INDEX "editorial_calendars_dead_periods_relaunch_checklist_order_idx" ON "editorial_calendars_dead_periods_relaunch_checklist" USING btree ("order");
  CREATE INDEX "editorial_calendars_dead_periods_relaunch_checklist_parent_idx" ON "editorial_calendars_dead_periods_relaunch_checklist" USING btree ("parent_id");
  CREATE INDEX "editorial_calendars_numbers_order_parent_idx" ON "editorial_calendars_numbers" USING btree ("order","parent_id");
  CREATE INDEX "editorial_calendars_rels_order_idx" ON "editorial_calendars_rels" USING btree ("order");
  CREATE INDEX "editorial_calendars_rels_parent_idx" ON "editorial_calendars_rels" USING btree ("parent_id");
  CREATE INDEX "editorial_calendars_rels_path_idx" ON "editorial_calendars_rels" USING btree ("path");
  CREATE INDEX "editorial_calendars_rels_content_items_id_idx" ON "editorial_calendars_rels" USING btree ("content_items_id");
  ALTER TABLE "editorial_calendars_planned_slots" ADD CONSTRAINT "editorial_calendars_planned_slots_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editorial_calendars_planned_slots" ADD CONSTRAINT "editorial_calendars_planned_slots_newsletter_issue_id_newsletter_issues_id_fk" FOREIGN KEY ("newsletter_issue_id") REFERENCES "public"."newsletter_issues"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "editorial_calendars_planned_slots_owner_idx" ON "editorial_calendars_planned_slots" USING btree ("owner_id");
  CREATE INDEX "editorial_calendars_planned_slots_newsletter_issue_idx" ON "editorial_calendars_planned_slots" USING btree ("newsletter_issue_id");
  -- A slot's one content item becomes the first of its content items.
  INSERT INTO "editorial_calendars_rels" ("order", "parent_id", "path", "content_items_id")
    SELECT 1, "_parent_id", 'plannedSlots.' || ("_order" - 1) || '.contentItems', "content_item_id"
    FROM "editorial_calendars_planned_slots" WHERE "content_item_id" IS NOT NULL;
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "content_item_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editorial_calendars_cadences_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_calendars_cadences_skip_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_calendars_dead_periods_relaunch_checklist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_calendars_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "editorial_calendars_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editorial_calendars_cadences_weekdays" CASCADE;
  DROP TABLE "editorial_calendars_cadences_skip_dates" CASCADE;
  DROP TABLE "editorial_calendars_dead_periods_relaunch_checklist" CASCADE;
  DROP TABLE "editorial_calendars_numbers" CASCADE;
  DROP TABLE "editorial_calendars_rels" CASCADE;
  ALTER TABLE "editorial_calendars_planned_slots" DROP CONSTRAINT "editorial_calendars_planned_slots_owner_id_users_id_fk";
  
  ALTER TABLE "editorial_calendars_planned_slots" DROP CONSTRAINT "editorial_calendars_planned_slots_newsletter_issue_id_newsletter_issues_id_fk";
  
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DATA TYPE text;
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DEFAULT 'newsletter'::text;
  DROP TYPE "public"."enum_editorial_calendars_cadences_kind";
  CREATE TYPE "public"."enum_editorial_calendars_cadences_kind" AS ENUM('newsletter', 'weekly-notification', 'training', 'workshop', 'other');
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DEFAULT 'newsletter'::"public"."enum_editorial_calendars_cadences_kind";
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_editorial_calendars_cadences_kind" USING "kind"::"public"."enum_editorial_calendars_cadences_kind";
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DATA TYPE text;
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DEFAULT 'relaunch-after'::text;
  DROP TYPE "public"."enum_editorial_calendars_dead_periods_policy";
  CREATE TYPE "public"."enum_editorial_calendars_dead_periods_policy" AS ENUM('pause', 'reduce', 'relaunch-after');
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DEFAULT 'relaunch-after'::"public"."enum_editorial_calendars_dead_periods_policy";
  ALTER TABLE "editorial_calendars_dead_periods" ALTER COLUMN "policy" SET DATA TYPE "public"."enum_editorial_calendars_dead_periods_policy" USING "policy"::"public"."enum_editorial_calendars_dead_periods_policy";
  DROP INDEX "editorial_calendars_planned_slots_owner_idx";
  DROP INDEX "editorial_calendars_planned_slots_newsletter_issue_idx";
  ALTER TABLE "editorial_calendars_cadences" ALTER COLUMN "rrule" SET NOT NULL;
  ALTER TABLE "editorial_calendars_planned_slots" ADD COLUMN "content_item_id" integer;
  ALTER TABLE "editorial_calendars_planned_slots" ADD CONSTRAINT "editorial_calendars_planned_slots_content_item_id_content_items_id_fk" FOREIGN KEY ("content_item_id") REFERENCES "public"."content_items"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "editorial_calendars_planned_slots_content_item_idx" ON "editorial_calendars_planned_slots" USING btree ("content_item_id");
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "repeats";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "ordinal";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "weekday";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "time";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "duration_minutes";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "starts_on";
  ALTER TABLE "editorial_calendars_cadences" DROP COLUMN "time_zone";
  ALTER TABLE "editorial_calendars_dead_periods" DROP COLUMN "relaunch_decision";
  ALTER TABLE "editorial_calendars_dead_periods" DROP COLUMN "relaunch_date";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "kind";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "end";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "owner_id";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "newsletter_issue_id";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "place";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "video_link";
  ALTER TABLE "editorial_calendars_planned_slots" DROP COLUMN "registration_link";
  DROP TYPE "public"."enum_editorial_calendars_cadences_weekdays";
  DROP TYPE "public"."enum_editorial_calendars_cadences_repeats";
  DROP TYPE "public"."enum_editorial_calendars_cadences_ordinal";
  DROP TYPE "public"."enum_editorial_calendars_cadences_weekday";
  DROP TYPE "public"."enum_editorial_calendars_dead_periods_relaunch_checklist";
  DROP TYPE "public"."enum_editorial_calendars_dead_periods_relaunch_decision";
  DROP TYPE "public"."enum_editorial_calendars_planned_slots_kind";`)
}
